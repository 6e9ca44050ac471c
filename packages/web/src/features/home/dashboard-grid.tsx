import { DASHBOARD_ROLES, type Role } from '@kith/shared';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDashboard } from './dashboard-queries.ts';
import { WIDGET_TITLES, widgetsFor } from './dashboard-widgets.ts';
import { WidgetCard, WidgetFrame } from './widget-card.tsx';
import './dashboard.css';

/**
 * The working dashboard: a card per widget of each role the user holds, one column on phones.
 * While it loads each card says so under its heading; if it fails, one error with a retry
 * stands in for them all (they come from one request).
 */
export function DashboardGrid({ roles }: { roles: readonly Role[] }) {
  const dashboard = useDashboard();
  const held = DASHBOARD_ROLES.filter((role) => roles.includes(role));
  if (held.length === 0) return null;

  if (dashboard.isError && !dashboard.data) {
    return <ErrorState error={dashboard.error} what="your dashboard" onRetry={() => void dashboard.refetch()} />;
  }
  if (!dashboard.data) {
    return (
      <ul className="nhsuk-grid-row nhsuk-card-group kith-dashboard">
        {held.flatMap((role) =>
          WIDGET_TITLES[role].map((title) => (
            <WidgetFrame key={`${role}-${title}`} id={`${role}-${title}`.replace(/[^a-z0-9]+/gi, '-')} title={title}>
              <LoadingState />
            </WidgetFrame>
          )),
        )}
      </ul>
    );
  }
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group kith-dashboard">
      {dashboard.data.sections.flatMap((section) =>
        widgetsFor(section).map((widget) => <WidgetCard key={widget.id} widget={widget} />),
      )}
    </ul>
  );
}

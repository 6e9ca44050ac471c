import { useState } from 'react';
import { BackLink } from '../../components/back-link.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useReportSettings } from './report-queries.ts';
import { ReportSettingsForm } from './report-settings-form.tsx';

/** `/reports/settings` (admins): caseload capacity and alert, and the saved ROI assumptions. */
export function ReportSettingsPage() {
  usePageTitle('Report settings');
  const settings = useReportSettings();
  const [saved, setSaved] = useState(0);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Home</BackLink>
        <SuccessBanner
          // A new key each save, so saving twice announces twice.
          key={saved}
          message={saved > 0 ? 'Report settings saved' : null}
          detail="Reports use the new figures from now on."
        />
        <h1>Report settings</h1>
        <p className="nhsuk-body">These apply to every report in Kith. Every change is recorded in the audit trail.</p>
        {settings.data ? (
          <>
            <p className="nhsuk-body">
              {settings.data.updatedAt
                ? `Last saved ${formatDateTime(settings.data.updatedAt)}.`
                : 'Not saved yet: these are the published and illustrative defaults.'}
            </p>
            <ReportSettingsForm
              key={settings.data.updatedAt ?? 'defaults'}
              settings={settings.data}
              onSaved={() => setSaved((count) => count + 1)}
            />
          </>
        ) : settings.isError ? (
          <ErrorState error={settings.error} what="the report settings" onRetry={() => void settings.refetch()} />
        ) : (
          <LoadingState what="the report settings" />
        )}
      </div>
    </div>
  );
}

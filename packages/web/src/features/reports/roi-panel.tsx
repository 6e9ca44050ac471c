import { ROI_EVIDENCE_CAVEAT, type RoiAssumptions } from '@kith/shared';
import type { FormIssue } from '../../api/form-issues.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useReportSettings } from './report-queries.ts';
import { hasRoiOverrides, type ReportSearch, ROI_KEYS } from './report-search.ts';
import { RoiAssumptionsForm } from './roi-assumptions-form.tsx';

/** The assumptions a view uses: a valid number in the page address wins over the saved default. */
export function roiInUse(saved: RoiAssumptions, search: ReportSearch): RoiAssumptions {
  const inUse = { ...saved };
  for (const key of ROI_KEYS) {
    const typed = search[key];
    const value = typed === undefined ? Number.NaN : Number(typed);
    if (Number.isFinite(value)) inUse[key] = value;
  }
  return inUse;
}

/** The published caveat on the quality of the evidence, shown wherever a return on investment is. */
export function RoiCaveat() {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        The quality of the evidence
      </h2>
      <p>{ROI_EVIDENCE_CAVEAT}</p>
    </div>
  );
}

interface RoiPanelProps {
  search: ReportSearch;
  onApply: (roi: RoiAssumptions) => void;
  onReset: () => void;
  serverIssues: readonly FormIssue[];
}

/** The ROI page's assumptions, starting from the saved defaults (`GET /api/reports/settings`). */
export function RoiPanel({ search, onApply, onReset, serverIssues }: RoiPanelProps) {
  const settings = useReportSettings();
  if (settings.isPending) return <LoadingState what="the assumptions" />;
  if (settings.isError) {
    return <ErrorState error={settings.error} what="the saved assumptions" onRetry={() => void settings.refetch()} />;
  }
  const inUse = roiInUse(settings.data.roi, search);
  return (
    <RoiAssumptionsForm
      // A new address (reset, back, forward) starts the form again from what the view now uses.
      key={JSON.stringify(inUse)}
      inUse={inUse}
      overridden={hasRoiOverrides(search)}
      illustrative={settings.data.updatedAt === null}
      onApply={onApply}
      onReset={onReset}
      serverIssues={serverIssues}
    />
  );
}

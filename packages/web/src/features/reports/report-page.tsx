import './reports.css';
import { REPORT_TITLES, type Report, type ReportFilterOptions, type ReportId, ROI_EVIDENCE_CAVEAT } from '@kith/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NotFoundPage } from '../../routes/not-found-page.tsx';
import { ReportFilterForm } from './report-filter-form.tsx';
import { ReportHeadlines } from './report-headlines.tsx';
import { isReportId, REPORT_DESCRIPTIONS } from './report-labels.ts';
import { ReportNotes } from './report-notes.tsx';
import { useReport, useReportFilterOptions } from './report-queries.ts';
import {
  EMPTY_FILTERS,
  filterValues,
  isFilterPath,
  isRoiPath,
  type ReportSearch,
  readReportSearch,
  reportCsvUrl,
  reportSearchString,
  withFilters,
  withRoiAssumptions,
} from './report-search.ts';
import { ReportTableView } from './report-table.tsx';
import { RoiCaveat, RoiPanel } from './roi-panel.tsx';
import { SuppressionBanner } from './suppression-banner.tsx';
import { describeView } from './view-summary.ts';

/** Reports the evidence pack draws on: they offer a link to it with the same view. */
const IN_EVIDENCE_PACK = new Set<ReportId>(['outcomes', 'funnel', 'roi']);

/** `/reports/:reportId`: one report with its filters, headlines, tables and charts, and notes. */
export function ReportPage() {
  const { reportId } = useParams();
  if (!isReportId(reportId)) return <NotFoundPage />;
  return <ReportView key={reportId} reportId={reportId} />;
}

function ReportView({ reportId }: { reportId: ReportId }) {
  const title = REPORT_TITLES[reportId];
  const [searchParams, setSearchParams] = useSearchParams();
  const search = readReportSearch(searchParams);
  const searchText = reportSearchString(search);
  const options = useReportFilterOptions();
  const report = useReport(reportId, search);
  // A 400 about the filters or assumptions is shown on their fields; anything else as an error.
  const serverIssues = isApiError(report.error, 'validation') ? report.error.issues : [];
  const placed = serverIssues.length > 0 && serverIssues.every((issue) => isFilterPath(issue.path) || isRoiPath(issue.path));
  usePageTitle(title);
  const go = (next: ReportSearch) => setSearchParams(new URLSearchParams(reportSearchString(next)));

  return (
    <>
      <BackLink to="/reports">All reports</BackLink>
      <h1>{title}</h1>
      <p className="nhsuk-body-l">{REPORT_DESCRIPTIONS[reportId]}</p>
      {options.data ? (
        <ReportFilterForm
          // The form starts again from the address whenever it changes (apply, back, forward, clear).
          key={searchText}
          options={options.data}
          initial={filterValues(search)}
          onApply={(filters) => go(withFilters(search, filters))}
          serverIssues={serverIssues.filter((issue) => isFilterPath(issue.path))}
          clearTo={`/reports/${reportId}${reportSearchString(withFilters(search, EMPTY_FILTERS))}`}
        />
      ) : options.isError ? (
        <ErrorState error={options.error} what="the filters" onRetry={() => void options.refetch()} />
      ) : (
        <LoadingState what="the filters" />
      )}
      {reportId === 'roi' ? (
        <RoiPanel
          search={search}
          onApply={(roi) => go(withRoiAssumptions(search, roi))}
          onReset={() => go(withRoiAssumptions(search, null))}
          serverIssues={serverIssues}
        />
      ) : null}
      {IN_EVIDENCE_PACK.has(reportId) ? (
        <p className="nhsuk-body kith-no-print">
          <Link to={`/reports/evidence-pack${reportSearchString({ ...search, practiceId: undefined, workerId: undefined })}`}>
            Evidence pack for this PCN or the whole ICB (print or save as PDF)
          </Link>
        </p>
      ) : null}
      {report.isPending ? <LoadingState what="the report" /> : null}
      {report.isError && !placed ? (
        <ErrorState error={report.error} what="the report" onRetry={() => void report.refetch()} />
      ) : null}
      {report.data && !report.isError ? (
        <ReportBody report={report.data} options={options.data} search={search} updating={report.isPlaceholderData} />
      ) : null}
    </>
  );
}

interface ReportBodyProps {
  report: Report;
  options: ReportFilterOptions | undefined;
  search: ReportSearch;
  /** The figures on screen are for the previous filters while the new ones load. */
  updating: boolean;
}

function ReportBody({ report, options, search, updating }: ReportBodyProps) {
  // The ROI caveat is shown prominently; it is not repeated among the notes.
  const notes = report.notes.filter((note) => note !== ROI_EVIDENCE_CAVEAT);
  return (
    <div className="kith-report" aria-busy={updating}>
      <p className="nhsuk-body">
        <strong>{describeView(report, options)}</strong>
        <br />
        <span className="nhsuk-u-secondary-text-colour">Produced {formatDateTime(report.generatedAt)}</span>
      </p>
      {updating ? (
        <p className="nhsuk-body" role="status">
          Updating the figures for the new filters…
        </p>
      ) : null}
      {report.suppressed ? <SuppressionBanner /> : null}
      {report.id === 'roi' ? <RoiCaveat /> : null}
      <ReportHeadlines report={report} label="Key figures" />
      {report.tables.length === 0 ? <p className="nhsuk-body">This report has no tables for these filters yet.</p> : null}
      {report.tables.map((table) => (
        <ReportTableView
          key={table.id}
          table={table}
          suppressed={report.suppressed}
          idPrefix={`${report.id}-${table.id}`}
          headingLevel={2}
          csvUrl={reportCsvUrl(report.id, table.id, search)}
        />
      ))}
      <ReportNotes notes={notes} headingId="report-notes-heading" />
    </div>
  );
}

import './reports.css';
import { REPORT_TITLES, type Report, type ReportTable, ROI_EVIDENCE_CAVEAT } from '@kith/shared';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ReportFilterForm } from './report-filter-form.tsx';
import { ReportHeadlines } from './report-headlines.tsx';
import { ReportNotes } from './report-notes.tsx';
import { useReport, useReportFilterOptions } from './report-queries.ts';
import {
  EMPTY_FILTERS,
  filterValues,
  isFilterPath,
  type ReportSearch,
  readReportSearch,
  reportSearchString,
  withFilters,
} from './report-search.ts';
import { ReportTableView } from './report-table.tsx';
import { RoiCaveat } from './roi-panel.tsx';
import { SuppressionBanner } from './suppression-banner.tsx';
import { describeView } from './view-summary.ts';

/** Tables left out of the pack because they run to a row per practice; they stay in the report and its CSV. */
const LEFT_OUT = new Set(['funnel/by-practice']);

/**
 * Longer tables (and their charts) are cut to their first rows, so the printed pack stays a
 * summary of a few pages; the report and its CSV have them all.
 */
const PACK_MAX_ROWS = 10;

/** A table as the pack prints it: at most PACK_MAX_ROWS rows, saying so when it is cut. */
function packTable(table: ReportTable): ReportTable {
  if (table.rows.length <= PACK_MAX_ROWS) return table;
  const cut = `The first ${PACK_MAX_ROWS} of ${table.rows.length} rows are shown; the report and its CSV have them all.`;
  return { ...table, rows: table.rows.slice(0, PACK_MAX_ROWS), description: [table.description, cut].filter(Boolean).join(' ') };
}

/** The pack is for a PCN or the whole ICB, over a period: practice and worker filters do not apply. */
function packSearch(search: ReportSearch): ReportSearch {
  const { practiceId: _practice, workerId: _worker, ...rest } = search;
  return rest;
}

/**
 * `/reports/evidence-pack?pcnId=…`: a print-ready page of the key outcomes, the referral funnel
 * and the return on investment for one PCN or the whole ICB, with every assumption and caveat.
 */
export function EvidencePackPage() {
  usePageTitle('Evidence pack');
  const [searchParams, setSearchParams] = useSearchParams();
  const search = packSearch(readReportSearch(searchParams));
  const searchText = reportSearchString(search);
  const options = useReportFilterOptions();
  const outcomes = useReport('outcomes', search);
  const funnel = useReport('funnel', search);
  const roi = useReport('roi', search);
  // The reports the pack draws on, in the order a reader needs them.
  const queries = [outcomes, funnel, roi];
  const failed = queries.find((query) => query.isError);
  const serverIssues = isApiError(failed?.error, 'validation') ? failed.error.issues.filter((i) => isFilterPath(i.path)) : [];
  const reports = queries.flatMap((query) => (query.data && !query.isPlaceholderData ? [query.data] : []));
  const ready = reports.length === queries.length ? reports : null;
  const first = ready?.[0];
  const where = first ? describeView(first, options.data) : '';

  return (
    <div className="kith-evidence-pack">
      <BackLink to="/reports">All reports</BackLink>
      <h1>
        <span className="nhsuk-caption-l">
          Social prescribing evidence pack
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {first ? where : 'Evidence pack'}
      </h1>
      {options.data ? (
        <ReportFilterForm
          key={searchText}
          options={options.data}
          initial={filterValues(search)}
          onApply={(filters) =>
            setSearchParams(new URLSearchParams(reportSearchString(packSearch(withFilters(search, filters)))))
          }
          serverIssues={serverIssues}
          pcnOnly
          submitLabel="Show the evidence pack"
          clearTo={`/reports/evidence-pack${reportSearchString(packSearch(withFilters(search, EMPTY_FILTERS)))}`}
        />
      ) : options.isError ? (
        <ErrorState error={options.error} what="the filters" onRetry={() => void options.refetch()} />
      ) : null}
      {failed && serverIssues.length === 0 ? (
        <ErrorState
          error={failed.error}
          what="the evidence pack"
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      ) : null}
      {!failed && !ready ? <LoadingState what="the evidence pack" /> : null}
      {ready && first ? (
        <>
          <p className="nhsuk-body">
            Produced by Kith on {formatDateTime(first.generatedAt)} for {where}.
          </p>
          <p className="nhsuk-body kith-print-only">
            On paper each table with a chart is shown as its chart. Every figure is in this pack on screen, in each report and in
            its CSV download.
          </p>
          <Button type="button" className="kith-no-print" onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          <PackSummary reports={ready} />
          {ready.map((report) => (
            <PackSection key={report.id} report={report} />
          ))}
          <PackNotes reports={ready} />
        </>
      ) : null}
    </div>
  );
}

/** The key figures of every report first, and the suppression explanation when it applies. */
function PackSummary({ reports }: { reports: readonly Report[] }) {
  return (
    <section className="kith-pack-section" aria-labelledby="pack-summary">
      <h2 id="pack-summary">Key figures</h2>
      {reports.some((report) => report.suppressed) ? <SuppressionBanner /> : null}
      {reports.map((report) =>
        report.headlines.length > 0 ? (
          <div key={report.id}>
            <h3>{REPORT_TITLES[report.id]}</h3>
            <ReportHeadlines report={report} label={`Key figures: ${REPORT_TITLES[report.id]}`} />
          </div>
        ) : null,
      )}
    </section>
  );
}

function PackSection({ report }: { report: Report }) {
  const headingId = `pack-${report.id}`;
  const tables = report.tables.filter((table) => !LEFT_OUT.has(`${report.id}/${table.id}`)).map(packTable);
  return (
    <section className="kith-pack-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{REPORT_TITLES[report.id]}</h2>
      {report.id === 'roi' ? <RoiCaveat /> : null}
      {tables.length === 0 ? <p className="nhsuk-body">There are no figures for this period yet.</p> : null}
      {tables.map((table) => (
        <ReportTableView
          key={table.id}
          table={table}
          suppressed={report.suppressed}
          idPrefix={`pack-${report.id}-${table.id}`}
          headingLevel={3}
          compactChart
        />
      ))}
    </section>
  );
}

/** Every report's notes once, and the caveat on the evidence last. */
function PackNotes({ reports }: { reports: readonly Report[] }) {
  const notes = [...new Set(reports.flatMap((report) => report.notes))].filter((note) => note !== ROI_EVIDENCE_CAVEAT);
  return (
    <div className="kith-pack-section">
      <ReportNotes notes={[...notes, ROI_EVIDENCE_CAVEAT]} headingId="pack-notes" heading="About these figures" />
    </div>
  );
}

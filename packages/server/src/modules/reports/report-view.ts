import {
  columnHeading,
  REPORT_TITLES,
  type Report,
  type ReportFilterOptions,
  type ReportId,
  type ReportQuery,
  type ReportTable,
} from '@kith/shared';
import { csvDocument } from '../../http/csv.ts';
import type { ScopeOrganisation } from './report-repository.ts';
import type { RawReport, ReportScope } from './report-types.ts';

/** A report that has been run: `shown` is what the builder returned, already suppressed if it had to be. */
export interface RanReport {
  reportId: ReportId;
  query: ReportQuery;
  scope: ReportScope;
  shown: RawReport;
  now: Date;
}

/**
 * The report as sent: the period and filters it was run with, and headlines without the raw
 * counts (numerator, denominator, sample size) that suppression needed; those never leave here.
 */
export function toReport({ reportId, query, scope, shown, now }: RanReport): Report {
  return {
    id: reportId,
    title: REPORT_TITLES[reportId],
    generatedAt: now.toISOString(),
    period: { from: scope.from, to: scope.to },
    filters: { pcnId: query.pcnId ?? null, practiceId: query.practiceId ?? null, workerId: query.workerId ?? null },
    suppressed: scope.aggregateOnly,
    headlines: shown.headlines.map(({ label, value, kind, unit, decimals }) => ({ label, value, kind, unit, decimals })),
    tables: shown.tables,
    notes: shown.notes,
  };
}

/**
 * One table of a report as CSV: a header of column headings (with their units, as on screen),
 * then the rows as numbers a spreadsheet can use, with the figures the screen shows.
 */
export function toTableCsv(report: Report, table: ReportTable): { filename: string; csv: string } {
  const header = table.columns.map(columnHeading);
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null));
  return {
    filename: `kith-${report.id}-${table.id}-${report.period.from}-to-${report.period.to}.csv`,
    csv: csvDocument([header, ...rows]),
  };
}

/** What the filter options are made of: the caller's organisations (by name) and the workers they may pick. */
export interface FilterChoices {
  organisations: ScopeOrganisation[];
  workers: ReportFilterOptions['workers'];
  aggregateOnly: boolean;
  canConfigure: boolean;
}

/** The PCNs in scope, and the practices of those PCNs, for the report filters. */
export function toReportFilterOptions({
  organisations,
  workers,
  aggregateOnly,
  canConfigure,
}: FilterChoices): ReportFilterOptions {
  const pcns = organisations.filter((o) => o.kind === 'pcn');
  const pcnIds = new Set(pcns.map((p) => p.id));
  const practices = organisations.flatMap((o) =>
    o.kind === 'gp_practice' && o.parentId && pcnIds.has(o.parentId) ? [{ id: o.id, name: o.name, pcnId: o.parentId }] : [],
  );
  return { pcns: pcns.map((p) => ({ id: p.id, name: p.name })), practices, workers, aggregateOnly, canConfigure };
}

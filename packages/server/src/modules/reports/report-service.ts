import type { Report, ReportId, ReportQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { REPORT_BUILDERS } from './report-registry.ts';
import { withoutJit } from './report-repository.ts';
import { resolveReportScope } from './report-scope.ts';
import { suppressReport } from './report-suppression.ts';
import { toReport, toTableCsv } from './report-view.ts';

/** Which report to run, with the caller's filters; `now` fixes the moment it is run at (tests). */
export interface ReportRequest {
  reportId: ReportId;
  query: ReportQuery;
  now?: Date;
}

/**
 * Runs a report for the caller: scope and filters first (report-scope.ts), then the builder,
 * then — for commissioners — suppression. The screen, the API and every CSV come through here,
 * so none of them can show what another would hide.
 */
export async function runReport(db: DbOrTx, ctx: RequestContext, request: ReportRequest): Promise<Report> {
  const { reportId, query, now = new Date() } = request;
  const scope = await resolveReportScope(db, ctx, query, now);
  const raw = await withoutJit(db, (tx) => REPORT_BUILDERS[reportId](tx, scope, query));
  const shown = scope.aggregateOnly ? suppressReport(raw) : raw;
  return toReport({ reportId, query, scope, shown, now });
}

/** One table of a report as CSV, with the same filters and suppression as the screen. */
export async function reportTableCsv(
  db: DbOrTx,
  ctx: RequestContext,
  request: ReportRequest & { tableId: string },
): Promise<{ filename: string; csv: string }> {
  const report = await runReport(db, ctx, request);
  const table = report.tables.find((t) => t.id === request.tableId);
  if (!table) throw notFound('The table');
  return toTableCsv(report, table);
}

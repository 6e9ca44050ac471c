import { REPORT_TITLES, type Report, type ReportId, type ReportQuery } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { csvDocument } from '../../http/csv.ts';
import { REPORT_BUILDERS } from './report-registry.ts';
import { resolveReportScope } from './report-scope.ts';
import { suppressReport } from './report-suppression.ts';

/**
 * Runs a report for the caller: scope and filters first (report-scope.ts), then the builder,
 * then — for commissioners — suppression. The screen, the API and every CSV come through here,
 * so none of them can show what another would hide.
 */
export async function runReport(
  db: DbOrTx,
  ctx: RequestContext,
  reportId: ReportId,
  query: ReportQuery,
  now = new Date(),
): Promise<Report> {
  const scope = await resolveReportScope(db, ctx, query, now);
  const raw = await withoutJit(db, (tx) => REPORT_BUILDERS[reportId](tx, scope, query));
  const shown = scope.aggregateOnly ? suppressReport(raw) : raw;
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
 * Runs a report's queries with PostgreSQL's JIT compiler off. Reports are a few large aggregate
 * statements with many expressions, which JIT spends longer compiling than running (measured on a
 * busy 2-core machine with 400,000 referrals: one PCN's funnel 5.5 s with JIT, 0.4 s without; the
 * whole ICB's 12 s and 5 s). SET LOCAL needs a transaction and lasts only for it; PGlite has no
 * JIT and accepts the setting.
 */
async function withoutJit<T>(db: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return work(tx);
  });
}

/** One table of a report as CSV: a header of column labels, then the rows exactly as on screen. */
export async function reportTableCsv(
  db: DbOrTx,
  ctx: RequestContext,
  reportId: ReportId,
  tableId: string,
  query: ReportQuery,
  now = new Date(),
): Promise<{ filename: string; csv: string }> {
  const report = await runReport(db, ctx, reportId, query, now);
  const table = report.tables.find((t) => t.id === tableId);
  if (!table) throw notFound('The table');
  const header = table.columns.map((c) => c.label);
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null));
  return {
    filename: `kith-${reportId}-${tableId}-${report.period.from}-to-${report.period.to}.csv`,
    csv: csvDocument([header, ...rows]),
  };
}

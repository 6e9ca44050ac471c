import { type CommissionerSection, ReportQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { runReport } from '../reports/report-service.ts';

/**
 * The commissioner's headline outcomes: the outcomes report's own headline figures, run through
 * the report service over its default period (the last year), so small-number suppression is
 * applied exactly as on the report screen — never a raw small number. Only the headlines are
 * kept; the tables the builder also makes are dropped.
 */
export async function commissionerSection(db: DbOrTx, ctx: RequestContext, now: Date): Promise<CommissionerSection> {
  const report = await runReport(db, ctx, { reportId: 'outcomes', query: ReportQuery.parse({}), now });
  return {
    role: 'commissioner',
    outcomes: { period: report.period, suppressed: report.suppressed, headlines: report.headlines },
  };
}

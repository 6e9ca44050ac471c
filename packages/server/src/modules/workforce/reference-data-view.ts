import type { ArrsCapRow, OnCostRateRow, PayPointRow } from '@kith/shared';
import type { afcPayPoints, arrsCaps, employerOnCostRates } from '../../db/schema/index.ts';

export function toArrsCapRow(row: typeof arrsCaps.$inferSelect): ArrsCapRow {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export function toPayPointRow(row: typeof afcPayPoints.$inferSelect): PayPointRow {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** On-cost rates are keyed by their financial year, which is also their id in the API. */
export function toOnCostRateRow(row: typeof employerOnCostRates.$inferSelect): OnCostRateRow {
  return { ...row, id: row.financialYear, updatedAt: row.updatedAt.toISOString() };
}

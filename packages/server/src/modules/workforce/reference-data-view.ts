import type { ArrsCapRow, OnCostRateRow, PayPointRow } from '@kith/shared';
import type { ArrsCapRecord, OnCostRateRecord, PayPointRecord } from './reference-data-repository.ts';

export function toArrsCapRow(row: ArrsCapRecord): ArrsCapRow {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export function toPayPointRow(row: PayPointRecord): PayPointRow {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** On-cost rates are keyed by their financial year, which is also their id in the API. */
export function toOnCostRateRow(row: OnCostRateRecord): OnCostRateRow {
  return { ...row, id: row.financialYear, updatedAt: row.updatedAt.toISOString() };
}

import { EMPLOYMENT_MODEL_LABELS, type EmploymentModel, FUNDING_SOURCES, type FundingSource } from '@kith/shared';

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const months = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** £1,234.56. */
export function formatMoney(amount: number): string {
  return pounds.format(amount);
}

/** `2025-04` as "April 2025". */
export function formatMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return months.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A rate stored as a fraction (0.1438) as "14.38%". */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(3))}%`;
}

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = { arrs: 'ARRS', other: 'Other funding' };
export const FUNDING_SOURCE_ITEMS = FUNDING_SOURCES.map((value) => ({ value, label: FUNDING_SOURCE_LABELS[value] }));

/** Short employer model labels for tables. */
export const EMPLOYMENT_MODEL_SHORT: Record<EmploymentModel, string> = {
  pcn_lead_practice: 'Lead practice',
  vcse_subcontract: 'VCSE subcontract',
};
export { EMPLOYMENT_MODEL_LABELS };

/** Financial years to offer around `current` ("2025/26"): two before to three after. */
export function yearChoices(current: string): string[] {
  const start = Number(current.slice(0, 4));
  return Array.from({ length: 6 }, (_, index) => {
    const year = start - 2 + index;
    return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  });
}

/**
 * Bank holidays in England and Wales (gov.uk/bank-holidays), used so that "acknowledge within N
 * business days" does not count weekends or holidays. Extend the list each year.
 */
export const ENGLAND_BANK_HOLIDAYS: readonly string[] = [
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether `date` (taken in UTC) is a Monday–Friday that is not a bank holiday. */
export function isBusinessDay(date: Date, holidays: readonly string[] = ENGLAND_BANK_HOLIDAYS): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(isoDay(date));
}

/**
 * The instant `days` business days after `from`, at the same time of day. Sent on a Friday
 * afternoon with 2 days allowed, the deadline is Tuesday afternoon.
 */
export function addBusinessDays(from: Date, days: number, holidays: readonly string[] = ENGLAND_BANK_HOLIDAYS): Date {
  const result = new Date(from.getTime());
  let remaining = days;
  while (remaining > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    if (isBusinessDay(result, holidays)) remaining -= 1;
  }
  return result;
}

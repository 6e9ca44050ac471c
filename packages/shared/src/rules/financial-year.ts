/**
 * NHS financial years run 1 April to 31 March and are written "2025/26". ARRS caps, Agenda for
 * Change pay awards and employer on-cost rates all change by financial year (see the workforce
 * section of the domain reference), so funding is planned a financial year at a time.
 */

/** The shape of a financial year name: four digits, a slash, two digits ("2025/26"). */
export const FINANCIAL_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

/** "2025/26" for a financial year starting in April 2025. */
export function formatFinancialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year a financial year starts in, or null when `name` is not a consistent year name ("2025/27"). */
export function financialYearStartYear(name: string): number | null {
  const match = FINANCIAL_YEAR_PATTERN.exec(name);
  if (!match) return null;
  const start = Number(match[1]);
  return formatFinancialYear(start) === name ? start : null;
}

/** True for a well-formed financial year name such as "2025/26". */
export function isFinancialYear(name: string): boolean {
  return financialYearStartYear(name) !== null;
}

function startYearOrThrow(name: string): number {
  const start = financialYearStartYear(name);
  if (start === null) throw new RangeError(`Not a financial year: ${name}`);
  return start;
}

/** The financial year a date (`YYYY-MM-DD`) falls in: 1 April 2025 to 31 March 2026 is "2025/26". */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return formatFinancialYear(month >= 4 ? year : year - 1);
}

/** The financial year `count` years after `name` (negative for before). */
export function addFinancialYears(name: string, count: number): string {
  return formatFinancialYear(startYearOrThrow(name) + count);
}

/** Orders financial year names oldest first (for sorting). */
export function compareFinancialYears(a: string, b: string): number {
  return startYearOrThrow(a) - startYearOrThrow(b);
}

/** One calendar month of a financial year, with its first and last day (`YYYY-MM-DD`). */
export interface FinancialYearMonth {
  /** `YYYY-MM`. */
  month: string;
  firstDay: string;
  lastDay: string;
  days: number;
}

/** The twelve months of a financial year, April first. */
export function financialYearMonths(name: string): FinancialYearMonth[] {
  const start = startYearOrThrow(name);
  return Array.from({ length: 12 }, (_, index) => {
    const year = index < 9 ? start : start + 1;
    const monthNumber = ((index + 3) % 12) + 1;
    const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    const month = `${year}-${String(monthNumber).padStart(2, '0')}`;
    return { month, firstDay: `${month}-01`, lastDay: `${month}-${String(days).padStart(2, '0')}`, days };
  });
}

/** Adds whole years to a `YYYY-MM-DD` date (29 February rolls to 1 March in a non-leap year). */
export function addYearsToDate(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

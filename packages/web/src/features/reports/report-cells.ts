import { type ReportCell, type ReportColumn, SUPPRESSED } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';

/** What a column needs to show a value: its kind, decimals and unit. */
export type CellFormat = Pick<ReportColumn, 'kind' | 'decimals' | 'unit'>;

/**
 * One cell as shown: the visible text, what a screen reader hears instead when the two differ
 * ("<5" is read as "fewer than 5"), and why a figure is missing, so the table can explain it.
 */
export interface CellView {
  text: string;
  spoken?: string;
  /**
   * `small`: a count from 1 to 4 shown as "<5"; `bounded`: a rate of "<5" out of 5 or more, shown
   * as the most it can be; `hidden`: withheld for privacy; `none`: no figure.
   */
  missing?: 'small' | 'bounded' | 'hidden' | 'none';
  numeric: boolean;
}

const NUMERIC_KINDS = new Set<ReportColumn['kind']>(['count', 'rate', 'statistic', 'number', 'money']);

/** Kinds whose null, in a suppressed report, most likely means "withheld because fewer than 5". */
const SUPPRESSIBLE_KINDS = new Set<ReportColumn['kind']>(['rate', 'statistic']);

export const SMALL_NUMBER_SPOKEN = 'fewer than 5';
export const HIDDEN_TEXT = 'Not shown';
export const NO_FIGURE_TEXT = '–';
export const NO_FIGURE_SPOKEN = 'no figure';

/**
 * Decimal places when the column does not say: counts whole, rates to 1, statistics and money to
 * 2; a plain number (a directory fact, an assumption) as it is, to at most 2 places, so 54
 * services read "54", not "54.00".
 */
function defaultDecimals(kind: ReportColumn['kind']): { min: number; max: number } {
  if (kind === 'count') return { min: 0, max: 0 };
  if (kind === 'rate') return { min: 1, max: 1 };
  if (kind === 'number') return { min: 0, max: 2 };
  return { min: 2, max: 2 };
}

/** A number the British way, with thousands separators and a true minus sign. */
export function formatNumber(value: number, decimals: number | { min: number; max: number }): string {
  const { min, max } = typeof decimals === 'number' ? { min: decimals, max: decimals } : decimals;
  const text = new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max }).format(Math.abs(value));
  // Rounding can turn a tiny negative into "0.00": no minus sign then.
  const negative = value < 0 && Number(text.replaceAll(',', '')) !== 0;
  return negative ? `−${text}` : text;
}

function withUnit(text: string, format: CellFormat, value: number): string {
  const negative = text.startsWith('−');
  const bare = negative ? text.slice(1) : text;
  const sign = negative ? '−' : '';
  if (format.kind === 'money' || format.unit === 'pounds') return `${sign}£${bare}`;
  if (format.kind === 'rate' || format.unit === 'percent') return `${text}%`;
  if (format.unit === 'days') return `${text} ${value === 1 ? 'day' : 'days'}`;
  return text;
}

/** How one report cell is shown, from its column's kind, decimals and unit. */
export function formatCell(format: CellFormat, value: ReportCell | undefined, suppressed: boolean): CellView {
  const numeric = NUMERIC_KINDS.has(format.kind);
  if (value === SUPPRESSED) return { text: SUPPRESSED, spoken: SMALL_NUMBER_SPOKEN, missing: 'small', numeric };
  if (value === null || value === undefined || value === '') {
    if (suppressed && SUPPRESSIBLE_KINDS.has(format.kind)) return { text: HIDDEN_TEXT, missing: 'hidden', numeric };
    return { text: NO_FIGURE_TEXT, spoken: NO_FIGURE_SPOKEN, missing: 'none', numeric };
  }
  if (typeof value === 'string') {
    return { text: format.kind === 'date' ? formatCalendarDate(value) : value, numeric: false };
  }
  if (!numeric) return { text: String(value), numeric: false };
  const decimals = format.decimals ?? defaultDecimals(format.kind);
  return { text: withUnit(formatNumber(value, decimals), format, value), numeric: true };
}

/**
 * Every cell of one row. A rate withheld because its numerator shows as "<5" is still based on
 * its denominator, which may be large (fewer than 5 accepted of 35 answered): "Not shown" would
 * say it rests on fewer than 5, which is untrue, so it is shown as the most it can be, worked out
 * from the two counts shown beside it and nothing else. A count shown as D (rounded to 5) is at
 * least D − 2 (and at least 5), and "<5" is at most 4, so the rate is under 5 ÷ that.
 */
export function formatRow(columns: readonly ReportColumn[], row: Record<string, ReportCell>, suppressed: boolean): CellView[] {
  return columns.map((column) => {
    const value = row[column.key];
    const shownDenominator = column.denominator === undefined ? undefined : row[column.denominator];
    const smallNumerator = column.numerator !== undefined && row[column.numerator] === SUPPRESSED;
    if (suppressed && column.kind === 'rate' && value === null && smallNumerator && typeof shownDenominator === 'number') {
      const bound = rateBound(shownDenominator);
      if (bound !== null) {
        return {
          text: `under ${bound}%`,
          spoken: `under ${bound}%: fewer than 5 of about ${shownDenominator}`,
          missing: 'bounded',
          numeric: true,
        };
      }
    }
    return formatCell(column, value, suppressed);
  });
}

/** The whole percentage a rate of "<5" out of a count shown as `shown` (rounded to 5) is under; null when it says nothing. */
export function rateBound(shown: number): number | null {
  if (shown < 5) return null;
  const fewest = Math.max(5, shown - 2);
  const bound = Math.ceil((100 * 5) / fewest);
  return bound >= 100 ? null : bound;
}

/** The explanations a table needs under it, one per kind of missing figure it contains. */
export function missingExplanations(views: readonly CellView[]): string[] {
  const kinds = new Set(views.map((view) => view.missing).filter(Boolean));
  const lines: string[] = [];
  if (kinds.has('small')) lines.push('"<5" means fewer than 5: the exact number is withheld to protect privacy.');
  if (kinds.has('bounded')) {
    lines.push(
      '"under" a percentage means fewer than 5 of those counted: the exact rate is withheld to protect privacy, and this is the most it can be.',
    );
  }
  if (kinds.has('hidden')) {
    lines.push('"Not shown" means the figure is based on fewer than 5 people or records, so it is withheld to protect privacy.');
  }
  if (kinds.has('none')) lines.push('"–" means there is no figure: nothing was recorded, or there are too few to calculate it.');
  return lines;
}

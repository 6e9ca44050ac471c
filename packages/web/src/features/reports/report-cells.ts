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
  /** `small`: a count from 1 to 4 shown as "<5"; `hidden`: withheld for privacy; `none`: no figure. */
  missing?: 'small' | 'hidden' | 'none';
  numeric: boolean;
}

const NUMERIC_KINDS = new Set<ReportColumn['kind']>(['count', 'rate', 'statistic', 'number', 'money']);

/** Kinds whose null, in a suppressed report, most likely means "withheld because fewer than 5". */
const SUPPRESSIBLE_KINDS = new Set<ReportColumn['kind']>(['rate', 'statistic']);

export const SMALL_NUMBER_SPOKEN = 'fewer than 5';
export const HIDDEN_TEXT = 'Not shown';
export const NO_FIGURE_TEXT = '–';
export const NO_FIGURE_SPOKEN = 'no figure';

/** Default decimal places when the column does not say: whole counts, rates to 1, everything else to 2. */
function defaultDecimals(kind: ReportColumn['kind']): number {
  if (kind === 'count') return 0;
  if (kind === 'rate') return 1;
  return 2;
}

/** A number the British way, with thousands separators and a true minus sign. */
export function formatNumber(value: number, decimals: number): string {
  const text = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    Math.abs(value),
  );
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

/** The explanations a table needs under it, one per kind of missing figure it contains. */
export function missingExplanations(views: readonly CellView[]): string[] {
  const kinds = new Set(views.map((view) => view.missing).filter(Boolean));
  const lines: string[] = [];
  if (kinds.has('small')) lines.push('"<5" means fewer than 5: the exact number is withheld to protect privacy.');
  if (kinds.has('hidden')) {
    lines.push('"Not shown" means the figure is based on fewer than 5 people or records, so it is withheld to protect privacy.');
  }
  if (kinds.has('none')) lines.push('"–" means there is no figure: nothing was recorded, or there are too few to calculate it.');
  return lines;
}

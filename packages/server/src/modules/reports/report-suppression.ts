import {
  publishedRate,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
  SUPPRESSED,
  statisticIsShowable,
  suppressCount,
} from '@kith/shared';
import type { RawHeadline, RawReport } from './report-types.ts';

/**
 * Applies the one small-number rule (packages/shared/src/rules/suppression.ts) to a whole report:
 * every count, every rate and every statistic, in tables and headlines. Rates are worked out again
 * from the rounded counts, so no rate is a function of an exact count; whether a statistic is
 * shown depends on its sample size being under 5, which the "<5" beside it shows anyway. Tables
 * ranked by a count are ranked again on the rounded counts.
 */
export function suppressReport(report: RawReport): RawReport {
  return {
    headlines: report.headlines.map(suppressHeadline),
    tables: report.tables.map(suppressTable),
    notes: [
      ...report.notes,
      'Small numbers are suppressed: counts from 1 to 4 are shown as "<5", other counts are rounded to the nearest 5, and rates or averages based on fewer than 5 are not shown. Rates, costs and savings are worked out from the rounded counts, so they can differ a little from the exact figures and may not add up.',
    ],
  };
}

export function suppressTable(table: ReportTable): ReportTable {
  const rows = table.rows.map((row) => suppressRow(table.columns, row));
  return { ...table, rows: table.rankedBy ? rankByPublished(table.columns, table.rankedBy, rows) : rows };
}

/**
 * Rows ranked by an exact count would say which of two "<5" (or two "10") rows is larger, so they
 * are ranked again on the rounded count ("<5" between 0 and 5), ties by the text columns.
 */
function rankByPublished(columns: ReportColumn[], key: string, rows: Record<string, ReportCell>[]): Record<string, ReportCell>[] {
  const rank = (value: ReportCell | undefined) => (value === SUPPRESSED ? 2.5 : typeof value === 'number' ? value : -1);
  const texts = columns.filter((c) => c.kind === 'text').map((c) => c.key);
  const text = (value: ReportCell | undefined) => (value === null || value === undefined ? '' : String(value));
  return [...rows].sort(
    (a, b) =>
      rank(b[key]) - rank(a[key]) || texts.reduce((order, k) => order || text(a[k]).localeCompare(text(b[k]), 'en-GB'), 0),
  );
}

/**
 * Only declared columns are kept: a key in the row that no column declares (a raw numerator, an
 * id) would otherwise reach the caller unsuppressed.
 */
function suppressRow(columns: ReportColumn[], row: Record<string, ReportCell>): Record<string, ReportCell> {
  const out: Record<string, ReportCell> = {};
  for (const column of columns) {
    const value = row[column.key] ?? null;
    switch (column.kind) {
      case 'count':
        out[column.key] = typeof value === 'number' ? suppressCount(value) : value;
        break;
      case 'rate': {
        const numerator = rawNumber(row, column.numerator);
        const denominator = rawNumber(row, column.denominator);
        const showable = value !== null && numerator !== null && denominator !== null;
        out[column.key] = showable ? publishedRate(numerator, denominator, column.decimals ?? 1) : null;
        break;
      }
      case 'statistic': {
        const n = rawNumber(row, column.sampleSize);
        out[column.key] = n !== null && statisticIsShowable(n) ? value : null;
        break;
      }
      default:
        out[column.key] = value;
        break;
    }
  }
  return out;
}

function rawNumber(row: Record<string, ReportCell>, key: string | undefined): number | null {
  if (!key) return null;
  const value = row[key];
  return typeof value === 'number' ? value : null;
}

function suppressHeadline(headline: RawHeadline): RawHeadline {
  const { value } = headline;
  switch (headline.kind) {
    case 'count':
      return { ...headline, value: typeof value === 'number' ? suppressCount(value) : value };
    case 'rate': {
      const { numerator, denominator } = headline;
      const shown =
        value !== null && numerator !== undefined && denominator !== undefined
          ? publishedRate(numerator, denominator, headline.decimals ?? 1)
          : null;
      return { ...headline, value: shown };
    }
    case 'statistic':
      return { ...headline, value: headline.sampleSize !== undefined && statisticIsShowable(headline.sampleSize) ? value : null };
    default:
      return headline;
  }
}

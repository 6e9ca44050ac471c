import {
  type ReportCell,
  type ReportColumn,
  type ReportTable,
  rateIsShowable,
  statisticIsShowable,
  suppressCount,
} from '@kith/shared';
import type { RawHeadline, RawReport } from './report-types.ts';

/**
 * Applies the one small-number rule (packages/shared/src/rules/suppression.ts) to a whole report:
 * every count, every rate and every statistic, in tables and headlines. Rates and statistics are
 * judged on the raw counts, before those counts are themselves rounded.
 */
export function suppressReport(report: RawReport): RawReport {
  return {
    headlines: report.headlines.map(suppressHeadline),
    tables: report.tables.map(suppressTable),
    notes: [
      ...report.notes,
      'Small numbers are suppressed: counts from 1 to 4 are shown as "<5", other counts are rounded to the nearest 5, and rates or averages based on fewer than 5 are not shown.',
    ],
  };
}

export function suppressTable(table: ReportTable): ReportTable {
  return { ...table, rows: table.rows.map((row) => suppressRow(table.columns, row)) };
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
        const showable = numerator !== null && denominator !== null && rateIsShowable(numerator, denominator);
        out[column.key] = showable ? value : null;
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
      const showable = numerator !== undefined && denominator !== undefined && rateIsShowable(numerator, denominator);
      return { ...headline, value: showable ? value : null };
    }
    case 'statistic':
      return { ...headline, value: headline.sampleSize !== undefined && statisticIsShowable(headline.sampleSize) ? value : null };
    default:
      return headline;
  }
}

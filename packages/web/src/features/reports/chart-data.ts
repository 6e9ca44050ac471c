import type { ReportCell, ReportChart, ReportColumn, ReportTable } from '@kith/shared';
import { formatCell } from './report-cells.ts';

/** Most bars or lines a chart draws; the table beside it always has every row. */
export const MAX_CHART_CATEGORIES = 30;
export const MAX_CHART_LINES = 12;

export interface ChartSeries {
  /** The key of the series in each datum. */
  key: string;
  label: string;
  column: ReportColumn;
}

/** One bar group or one point on the x axis: its label, and a number (or nothing) per series. */
export type ChartDatum = { label: string } & Record<string, string | number | null>;

export interface ChartModel {
  type: ReportChart['type'];
  xLabel: string;
  series: ChartSeries[];
  data: ChartDatum[];
  /** How many categories (or lines) the table has, and how many are drawn. */
  total: number;
  drawn: number;
  /** Some values could not be drawn: "<5" or no figure. */
  hasGaps: boolean;
  /** The caption: what the chart shows, in words, for everyone and for screen readers. */
  summary: string;
}

/** Only real numbers are drawn; "<5", text and missing figures leave a gap. */
function plottable(value: ReportCell | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function labelOf(table: ReportTable, key: string): string {
  return table.columns.find((column) => column.key === key)?.label ?? key;
}

function categoryText(table: ReportTable, key: string, value: ReportCell | undefined): string {
  const column = table.columns.find((c) => c.key === key);
  if (!column) return String(value ?? '');
  return formatCell(column, value, false).text;
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Bars: one datum per row (up to the limit), one series per column plotted. */
function barModel(table: ReportTable, chart: ReportChart): Omit<ChartModel, 'summary'> {
  const series = seriesOf(table, chart.series);
  const rows = table.rows.slice(0, MAX_CHART_CATEGORIES);
  let hasGaps = false;
  const data = rows.map((row) => {
    const datum: ChartDatum = { label: categoryText(table, chart.x, row[chart.x]) };
    for (const s of series) {
      datum[s.key] = plottable(row[s.key]);
      if (datum[s.key] === null) hasGaps = true;
    }
    return datum;
  });
  return {
    type: chart.type,
    xLabel: labelOf(table, chart.x),
    series,
    data,
    total: table.rows.length,
    drawn: rows.length,
    hasGaps,
  };
}

/**
 * Lines grouped by a column (one line per worker, say): the rows are pivoted so each x value is
 * one datum with a value per line. Only the first plotted column is drawn per line.
 */
function groupedLineModel(table: ReportTable, chart: ReportChart, groupBy: string): Omit<ChartModel, 'summary'> {
  const valueKey = chart.series[0] ?? '';
  const valueColumn = table.columns.find((c) => c.key === valueKey);
  const groups = [...new Set(table.rows.map((row) => String(row[groupBy] ?? '')))];
  const drawnGroups = groups.slice(0, MAX_CHART_LINES);
  const series: ChartSeries[] = drawnGroups.map((group, index) => ({
    key: `line${index}`,
    label: group,
    column: valueColumn ?? { key: valueKey, label: valueKey, kind: 'number' },
  }));
  const byX = new Map<string, ChartDatum>();
  let hasGaps = false;
  for (const row of table.rows) {
    const index = drawnGroups.indexOf(String(row[groupBy] ?? ''));
    if (index === -1) continue;
    const label = categoryText(table, chart.x, row[chart.x]);
    const datum = byX.get(label) ?? { label };
    const value = plottable(row[valueKey]);
    if (value === null) hasGaps = true;
    datum[`line${index}`] = value;
    byX.set(label, datum);
  }
  const data = [...byX.values()];
  for (const datum of data) {
    for (const s of series) {
      if (!(s.key in datum)) {
        datum[s.key] = null;
        hasGaps = true;
      }
    }
  }
  return {
    type: 'line',
    xLabel: labelOf(table, chart.x),
    series,
    data,
    total: groups.length,
    drawn: drawnGroups.length,
    hasGaps,
  };
}

/** Lines without grouping: one datum per row, one line per column plotted. */
function lineModel(table: ReportTable, chart: ReportChart): Omit<ChartModel, 'summary'> {
  const series = seriesOf(table, chart.series);
  let hasGaps = false;
  const data = table.rows.map((row) => {
    const datum: ChartDatum = { label: categoryText(table, chart.x, row[chart.x]) };
    for (const s of series) {
      datum[s.key] = plottable(row[s.key]);
      if (datum[s.key] === null) hasGaps = true;
    }
    return datum;
  });
  return { type: 'line', xLabel: labelOf(table, chart.x), series, data, total: data.length, drawn: data.length, hasGaps };
}

function seriesOf(table: ReportTable, keys: readonly string[]): ChartSeries[] {
  return keys.flatMap((key) => {
    const column = table.columns.find((c) => c.key === key);
    return column ? [{ key, label: column.label, column }] : [];
  });
}

function describe(table: ReportTable, model: Omit<ChartModel, 'summary'>, grouped: boolean): string {
  const names = listOf(model.series.map((s) => s.label));
  const kind = model.type === 'line' ? 'Line chart' : model.type === 'stacked-bar' ? 'Stacked bar chart' : 'Bar chart';
  const parts: string[] = [];
  if (grouped) {
    const valueLabel = model.series[0]?.column.label ?? '';
    parts.push(`${kind}: ${valueLabel} by ${model.xLabel}, one line each for ${names}.`);
  } else {
    parts.push(`${kind}: ${names} by ${model.xLabel}.`);
  }
  const extremes = grouped || model.type === 'line' ? null : extremesOf(model);
  if (extremes) parts.push(extremes);
  if (model.drawn < model.total) {
    const what = grouped ? 'lines' : 'rows';
    parts.push(`It shows the first ${model.drawn} of ${model.total} ${what}.`);
  }
  if (model.hasGaps) parts.push('Figures shown as "<5" or with no figure are not drawn.');
  parts.push(`The table "${table.title}" has every figure.`);
  return parts.join(' ');
}

/** "Highest Referrals: GP practice, 800; lowest: Self-referral, 300." for the first series drawn. */
function extremesOf(model: Omit<ChartModel, 'summary'>): string | null {
  const series = model.series[0];
  if (!series) return null;
  const points = model.data.flatMap((datum) => {
    const value = datum[series.key];
    return typeof value === 'number' ? [{ label: datum.label, value }] : [];
  });
  if (points.length < 2) return null;
  const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = points.reduce((best, point) => (point.value < best.value ? point : best));
  if (highest.value === lowest.value) return null;
  const text = (value: number) => formatCell(series.column, value, false).text;
  return `Highest ${series.label}: ${highest.label}, ${text(highest.value)}; lowest: ${lowest.label}, ${text(lowest.value)}.`;
}

/** What to draw for a table's chart, or `null` when it has no chart, no rows or nothing to plot. */
export function chartModel(table: ReportTable): ChartModel | null {
  const chart = table.chart;
  // Small multiples are drawn per row by chart-panels.ts.
  if (!chart || chart.type === 'small-multiples' || table.rows.length === 0) return null;
  const grouped = chart.type === 'line' && chart.groupBy !== undefined;
  const model =
    grouped && chart.groupBy
      ? groupedLineModel(table, chart, chart.groupBy)
      : chart.type === 'line'
        ? lineModel(table, chart)
        : barModel(table, chart);
  if (model.series.length === 0) return null;
  const anyNumber = model.data.some((datum) => model.series.some((s) => typeof datum[s.key] === 'number'));
  if (!anyNumber) return null;
  return { ...model, summary: describe(table, model, grouped) };
}

import type { ReportCell, ReportTable } from '@kith/shared';
import { formatCell } from './report-cells.ts';

/**
 * Small multiples: one small chart per row of a table (one per wellbeing measure), each on its
 * own axis, so a 0–10 item and a 7–35 score are never read against one scale. The axis is the
 * row's value in its own points, symmetric about 0 and a quarter of the row's score range each
 * way (wider only if a figure falls outside), so a change of 1 on a 0–10 scale and 2.8 on a 7–35
 * scale look alike. Values are drawn as the table gives them: for wellbeing, improvement is
 * already positive whichever way the measure runs.
 */
export interface ChartPanel {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** The axis: [−reach, reach]. */
  domain: [number, number];
  /** "0–10": the measure's own scale, for the panel's caption. */
  scaleText: string | null;
  /** The value as the table shows it, with its interval, in words. */
  text: string;
}

export interface PanelsModel {
  seriesLabel: string;
  panels: ChartPanel[];
  summary: string;
}

const num = (value: ReportCell | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** What to draw for a `small-multiples` chart, or null when there is nothing to plot. */
export function panelsModel(table: ReportTable): PanelsModel | null {
  const chart = table.chart;
  const seriesKey = chart?.series[0];
  const column = table.columns.find((c) => c.key === seriesKey);
  if (chart?.type !== 'small-multiples' || !seriesKey || !column) return null;
  const xColumn = table.columns.find((c) => c.key === chart.x);
  const panels = table.rows.map((row): ChartPanel => {
    const value = num(row[seriesKey]);
    const low = chart.interval ? num(row[chart.interval[0]]) : null;
    const high = chart.interval ? num(row[chart.interval[1]]) : null;
    const min = chart.scale ? num(row[chart.scale[0]]) : null;
    const max = chart.scale ? num(row[chart.scale[1]]) : null;
    const range = min !== null && max !== null && max > min ? max - min : 4;
    const extent = Math.max(range / 4, ...[value, low, high].map((v) => Math.abs(v ?? 0)));
    const reach = Math.ceil(extent * 2) / 2;
    const shown = (v: number) => formatCell(column, v, false).text;
    const interval = low !== null && high !== null ? ` (95% interval ${shown(low)} to ${shown(high)})` : '';
    return {
      label: xColumn ? formatCell(xColumn, row[chart.x], false).text : String(row[chart.x] ?? ''),
      value,
      low,
      high,
      domain: [-reach, reach],
      scaleText: min !== null && max !== null ? `${min}–${max}` : null,
      text: value === null ? 'no figure' : `${shown(value)}${interval}`,
    };
  });
  if (!panels.some((panel) => panel.value !== null)) return null;
  const parts = panels.map((panel) => `${panel.label}: ${panel.text}`);
  const summary = `Small bar charts, one per row, each on its own scale: ${column.label}. ${parts.join('; ')}. The table "${table.title}" has every figure.`;
  return { seriesLabel: column.label, panels, summary };
}

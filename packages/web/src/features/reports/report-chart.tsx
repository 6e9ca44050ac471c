import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartModel, ChartSeries } from './chart-data.ts';
import { chartFit, shortLabel } from './chart-fit.ts';
import { formatCell } from './report-cells.ts';

/**
 * NHS colours with at least 3:1 contrast against white (WCAG 1.4.11). Colour is never the only
 * difference: bars also get a pattern and lines a dash style, and the legend names each series.
 */
const COLOURS = ['#005eb8', '#7c2855', '#007f3b', '#330072', '#425563', '#8a1538'];
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 4', '1 6'];

const colourAt = (index: number) => COLOURS[index % COLOURS.length] ?? '#005eb8';
const dashAt = (index: number) => DASHES[index % DASHES.length] ?? '';

/** Bars are thinner in the evidence pack, a printed summary where pages count. */
const BAR_THICKNESS = { regular: 16, compact: 10 } as const;
const LINE_CHART_HEIGHT = 320;

/** One pattern per series: solid, stripes, dots, cross-hatch, then again in the next colour. */
function SeriesPattern({ id, index }: { id: string; index: number }) {
  const colour = colourAt(index);
  const kind = index % 4;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8">
      <rect width="8" height="8" fill={kind === 0 ? colour : '#ffffff'} />
      {kind === 1 ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} strokeWidth="3" /> : null}
      {kind === 2 ? <circle cx="4" cy="4" r="2.5" fill={colour} /> : null}
      {kind === 3 ? <path d="M0,0 l8,8 M8,0 l-8,8" stroke={colour} strokeWidth="2" /> : null}
      {kind === 0 ? null : <rect width="8" height="8" fill="none" stroke={colour} strokeWidth="1" />}
    </pattern>
  );
}

function formatValue(series: ChartSeries | undefined, value: unknown): string {
  if (!series || typeof value !== 'number') return String(value ?? '');
  return formatCell(series.column, value, false).text;
}

/** Axis ticks are round numbers: no decimals unless the tick itself has them. */
function formatTick(series: ChartSeries | undefined, value: unknown): string {
  if (!series || typeof value !== 'number') return String(value ?? '');
  const decimals = Number.isInteger(value) ? 0 : series.column.decimals;
  return formatCell({ ...series.column, ...(decimals === undefined ? {} : { decimals }) }, value, false).text;
}

interface ReportChartProps {
  model: ChartModel;
  /** Thinner bars (the evidence pack). */
  compact?: boolean;
}

/**
 * A report table's chart, drawn from the same rows as the table beside it. The caption says in
 * words what it shows; keyboard users can move through the points with the arrow keys. It fills
 * its container's width; on a narrow one (a phone) it draws fewer ticks and shortens category
 * bar labels, whose full text the tooltip and the table keep.
 */
export function ReportChart({ model, compact = false }: ReportChartProps) {
  const barThickness = BAR_THICKNESS[compact ? 'compact' : 'regular'];
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null);
  const fit = chartFit(measuredWidth);
  const category = (value: unknown) => shortLabel(String(value ?? ''), fit.labelMax);
  const captionId = useId();
  const patternPrefix = useId().replaceAll(':', '');
  const seriesByKey = new Map(model.series.map((s) => [s.key, s]));
  const first = model.series[0];
  const tick = (value: unknown) => formatTick(first, value);
  const tooltip = (value: unknown, _name: unknown, item: { dataKey?: unknown }) =>
    formatValue(seriesByKey.get(String(item.dataKey)), value);
  const horizontalBars = model.type !== 'line';
  const height = horizontalBars
    ? Math.max(160, model.data.length * (barThickness * (model.type === 'stacked-bar' ? 1 : model.series.length) + 12) + 80)
    : LINE_CHART_HEIGHT;

  const chart = horizontalBars ? (
    <BarChart data={model.data} layout="vertical" title={model.summary} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
      <defs>
        {model.series.map((s, index) => (
          <SeriesPattern key={s.key} id={`${patternPrefix}-${index}`} index={index} />
        ))}
      </defs>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={tick} tickCount={fit.tickCount} />
      <YAxis type="category" dataKey="label" width={fit.categoryAxisWidth} tickFormatter={category} />
      <Tooltip formatter={tooltip} />
      <Legend itemSorter={null} />
      {model.series.map((s, index) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={`url(#${patternPrefix}-${index})`}
          stroke={colourAt(index)}
          stackId={model.type === 'stacked-bar' ? 'stack' : undefined}
          barSize={barThickness}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  ) : (
    <LineChart data={model.data} title={model.summary} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" />
      {/* Dates read badly cut short: on a narrow chart fewer of them are drawn instead. */}
      <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={fit.narrow ? 32 : 8} />
      <YAxis tickFormatter={tick} width="auto" tickCount={fit.tickCount} />
      <Tooltip formatter={tooltip} />
      <Legend itemSorter={null} />
      {model.series.map((s, index) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={colourAt(index)}
          strokeWidth={2}
          strokeDasharray={dashAt(index)}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );

  return (
    <figure className="kith-chart" aria-labelledby={captionId}>
      <ResponsiveContainer width="100%" height={height} onResize={(width) => setMeasuredWidth(width)}>
        {chart}
      </ResponsiveContainer>
      <figcaption className="nhsuk-body-s kith-chart__caption" id={captionId}>
        {model.summary}
      </figcaption>
    </figure>
  );
}

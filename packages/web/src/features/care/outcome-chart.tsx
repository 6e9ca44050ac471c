import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { chartFit } from '../reports/chart-fit.ts';
import { figureLabel, signed } from './measure-labels.ts';
import { type InstrumentChart, ukDay } from './outcome-chart-data.ts';
import './outcome-chart.css';

/**
 * NHS colours with at least 3:1 contrast against white, as the report charts use; each figure also
 * has its own dash style and the legend names it, so colour is never the only difference.
 */
const COLOURS = ['#005eb8', '#7c2855', '#007f3b', '#330072'];
const DASHES = ['', '8 4', '2 3', '12 4 2 4'];
const BASELINE_COLOUR = '#425563';
const HEIGHT = 280;
const DAY_MS = 86_400_000;

/**
 * One instrument's scores over time: a line per figure on a time axis, the baseline marked by a
 * labelled vertical line, and beside it the table of the same points (date, score, change from
 * baseline) for anyone who cannot see the chart. On a narrow screen it draws fewer ticks.
 */
export function OutcomeChart({ chart }: { chart: InstrumentChart }) {
  const [width, setWidth] = useState<number | null>(null);
  const fit = chartFit(width);
  const captionId = useId();
  const data = chart.points.map((point) => ({ at: point.at, ...point.values }));
  const single = chart.figures.length === 1;
  // Ticks on the days measures were taken; a little room either side so the first point (often
  // the baseline, with its label) is not drawn on the axis itself.
  const times = [...new Set(chart.points.map((point) => point.at))];
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max((last - first) * 0.05, DAY_MS / 2);
  const domain: [number, number] = [first - pad, last + pad];

  return (
    <section aria-labelledby={`${captionId}-heading`}>
      <h3 id={`${captionId}-heading`}>{chart.title}</h3>
      <figure className="kith-outcome-chart" aria-labelledby={captionId}>
        <ResponsiveContainer width="100%" height={HEIGHT} onResize={(w) => setWidth(w)}>
          <LineChart data={data} title={chart.summary} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={domain}
              ticks={times}
              interval="preserveStartEnd"
              tickFormatter={(at: number) => ukDay(at)}
              minTickGap={fit.narrow ? 32 : 8}
            />
            <YAxis width="auto" tickCount={fit.tickCount} allowDecimals={!single} />
            <Tooltip labelFormatter={(at) => ukDay(Number(at))} />
            <Legend itemSorter={null} />
            {chart.baselineAt !== null ? (
              <ReferenceLine
                x={chart.baselineAt}
                stroke={BASELINE_COLOUR}
                strokeDasharray="4 4"
                label={{ value: 'Baseline', position: 'top', fill: BASELINE_COLOUR }}
              />
            ) : null}
            {chart.figures.map((figure, index) => (
              <Line
                key={figure.key}
                dataKey={figure.key}
                name={figureLabel(chart.instrument, figure.label)}
                stroke={COLOURS[index % COLOURS.length]}
                strokeDasharray={DASHES[index % DASHES.length]}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
        <figcaption className="nhsuk-body-s kith-outcome-chart__caption" id={captionId}>
          {chart.summary}
        </figcaption>
      </figure>
      <OutcomeTable chart={chart} />
    </section>
  );
}

/** The chart's points as a table: the date, the point of the episode, each score and its change from baseline. */
function OutcomeTable({ chart }: { chart: InstrumentChart }) {
  const single = chart.figures.length === 1;
  const columns = single
    ? ['Date taken', 'Point', 'Score', 'Change from baseline']
    : [
        'Date taken',
        'Point',
        ...chart.figures.map((f) => `${figureLabel(chart.instrument, f.label)}: score (change from baseline)`),
      ];
  const changeText = (change: number | null | undefined, isBaseline: boolean) =>
    isBaseline ? 'Baseline' : change === null || change === undefined ? 'No baseline' : signed(change);
  return (
    <NhsTable
      caption={`${chart.title}: scores over time`}
      captionStyle="visually-hidden"
      columns={columns}
      rows={chart.points}
      rowKey={(point) => point.id}
      renderRow={(point) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            <time dateTime={point.recordedAt}>{point.dateText}</time>
          </th>
          <td className="nhsuk-table__cell">{point.timepointText}</td>
          {single ? (
            <>
              <td className="nhsuk-table__cell">{point.values.f0}</td>
              <td className="nhsuk-table__cell">{changeText(point.changes.f0, point.isBaseline)}</td>
            </>
          ) : (
            chart.figures.map((figure) => (
              <td className="nhsuk-table__cell" key={figure.key}>
                {point.values[figure.key]} ({changeText(point.changes[figure.key], point.isBaseline)})
              </td>
            ))
          )}
        </>
      )}
    />
  );
}

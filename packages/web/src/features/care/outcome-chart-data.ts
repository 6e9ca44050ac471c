import {
  changeFromBaseline,
  INSTRUMENT_SHORT_LABELS,
  INSTRUMENTS,
  type Instrument,
  type OutcomeMeasure,
  UK_TIME_ZONE,
} from '@kith/shared';
import { TIMEPOINT_LABELS } from './measure-labels.ts';

/** One reported figure of an instrument (ONS4 has four; SWEMWBS and UCLA one each). */
export interface ChartFigure {
  /** The key of its value in each point (`f0`, `f1`, …): figure names have spaces. */
  key: string;
  label: string;
}

/** One measure taken: when, at which point of the episode, each figure and its change from baseline. */
export interface ChartPoint {
  id: string;
  /** Milliseconds since 1970, for a time axis that spaces the points as the days between them. */
  at: number;
  recordedAt: string;
  dateText: string;
  timepointText: string;
  isBaseline: boolean;
  /** Figure key → value. */
  values: Record<string, number>;
  /** Figure key → change from the baseline; null when there is no baseline or this is it. */
  changes: Record<string, number | null>;
}

export interface InstrumentChart {
  instrument: Instrument;
  title: string;
  figures: ChartFigure[];
  /** Oldest first. */
  points: ChartPoint[];
  /** The baseline the changes count from: the most recent one, as in the change-from-baseline table. */
  baselineAt: number | null;
  /** The chart's caption: what it shows, in words. */
  summary: string;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });

/** "3 Jun 2026", the UK date of an instant. */
export function ukDay(at: number): string {
  return dayFormat.format(new Date(at));
}

function scored(measure: OutcomeMeasure) {
  return { items: measure.items, score: { rawTotal: measure.rawTotal, metricScore: measure.metricScore } };
}

/** Each figure of a measure, by name, through the shared scoring rules (never worked out here). */
function figuresOf(measure: OutcomeMeasure) {
  return changeFromBaseline(measure.instrument, scored(measure), scored(measure)).map((f) => ({
    name: f.figure,
    value: f.latest,
  }));
}

/**
 * One chart per instrument taken, in the usual order (ONS4, SWEMWBS, UCLA): every measure, oldest
 * first, with the baseline marked and each point's change from it. Instruments never taken are left out.
 */
export function outcomeCharts(measures: readonly OutcomeMeasure[]): InstrumentChart[] {
  return INSTRUMENTS.flatMap((instrument) => {
    const taken = measures
      .filter((m) => m.instrument === instrument)
      .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
    const first = taken[0];
    if (!first) return [];
    const figures = figuresOf(first).map((f, index) => ({ key: `f${index}`, label: f.name }));
    const baseline = taken.findLast((m) => m.timepoint === 'baseline');
    const points = taken.map((measure): ChartPoint => {
      const isBaseline = measure === baseline;
      const change = baseline && !isBaseline ? changeFromBaseline(instrument, scored(baseline), scored(measure)) : null;
      const values: Record<string, number> = {};
      const changes: Record<string, number | null> = {};
      figuresOf(measure).forEach((f, index) => {
        values[`f${index}`] = f.value;
        changes[`f${index}`] = change?.[index]?.change ?? null;
      });
      const at = Date.parse(measure.recordedAt);
      return {
        id: measure.id,
        at,
        recordedAt: measure.recordedAt,
        dateText: ukDay(at),
        timepointText: TIMEPOINT_LABELS[measure.timepoint],
        isBaseline,
        values,
        changes,
      };
    });
    const title = INSTRUMENT_SHORT_LABELS[instrument];
    const baselineAt = baseline ? Date.parse(baseline.recordedAt) : null;
    return [{ instrument, title, figures, points, baselineAt, summary: summaryOf(title, points, baselineAt) }];
  });
}

function summaryOf(title: string, points: readonly ChartPoint[], baselineAt: number | null): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const span =
    points.length === 1 ? `1 measure, on ${first.dateText}` : `${points.length} measures, ${first.dateText} to ${last.dateText}`;
  const baseline = baselineAt === null ? 'No baseline recorded yet' : `Baseline marked on ${ukDay(baselineAt)}`;
  return `${title} over time: ${span}. ${baseline}.`;
}

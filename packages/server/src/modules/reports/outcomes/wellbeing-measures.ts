import type { Instrument } from '@kith/shared';

/**
 * The wellbeing figures of the outcomes framework, one per row of the "impact on the person"
 * table. ONS4 has no composite score, so each item is its own figure (domain reference,
 * "Outcome measures"); SWEMWBS is reported as the metric score, UCLA-3 as the raw total.
 * `column` is the outcome_measures expression the figure is read from (a constant, inlined in
 * the SQL).
 */
export interface WellbeingMeasure {
  key: string;
  label: string;
  instrument: Instrument;
  column: string;
  higherIsBetter: boolean;
  /** The lowest and highest possible score (domain reference, "Outcome measures"). */
  scale: readonly [number, number];
}

export const WELLBEING_MEASURES: readonly WellbeingMeasure[] = [
  {
    key: 'ons4-satisfaction',
    label: 'ONS4 life satisfaction (0–10)',
    instrument: 'ons4',
    column: 'items[1]',
    higherIsBetter: true,
    scale: [0, 10],
  },
  {
    key: 'ons4-worthwhile',
    label: 'ONS4 things done are worthwhile (0–10)',
    instrument: 'ons4',
    column: 'items[2]',
    higherIsBetter: true,
    scale: [0, 10],
  },
  {
    key: 'ons4-happiness',
    label: 'ONS4 happiness yesterday (0–10)',
    instrument: 'ons4',
    column: 'items[3]',
    higherIsBetter: true,
    scale: [0, 10],
  },
  {
    key: 'ons4-anxiety',
    label: 'ONS4 anxiety yesterday (0–10)',
    instrument: 'ons4',
    column: 'items[4]',
    higherIsBetter: false,
    scale: [0, 10],
  },
  {
    key: 'swemwbs',
    label: 'SWEMWBS metric score (7–35)',
    instrument: 'swemwbs',
    column: 'metric_score',
    higherIsBetter: true,
    scale: [7, 35],
  },
  {
    key: 'ucla3',
    label: 'UCLA-3 loneliness score (3–9)',
    instrument: 'ucla3',
    column: 'raw_total',
    higherIsBetter: false,
    scale: [3, 9],
  },
];

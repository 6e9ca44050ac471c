/**
 * Outcome measure scoring (see the domain reference): ONS4 personal wellbeing, SWEMWBS with its
 * raw → metric conversion table, and the UCLA 3-item loneliness scale.
 */

export const INSTRUMENTS = ['ons4', 'swemwbs', 'ucla3'] as const;
/** One of {@link INSTRUMENTS}. */
export type Instrument = (typeof INSTRUMENTS)[number];

/** When a measure was taken in an episode. */
export const TIMEPOINTS = ['baseline', 'review', 'discharge'] as const;
/** One of {@link TIMEPOINTS}. */
export type Timepoint = (typeof TIMEPOINTS)[number];

export interface InstrumentDefinition {
  label: string;
  items: readonly string[];
  min: number;
  max: number;
  /** Whether a higher answer is better, per item (ONS4 anxiety is lower-is-better). */
  higherIsBetter: readonly boolean[];
  /** What the person is asked before the items, when the published wording has one. */
  stem?: string;
  /** The attribution the owner requires wherever the instrument is used. */
  notice?: string;
}

/** The questions and answer ranges of each instrument. */
export const INSTRUMENT_DEFINITIONS: Record<Instrument, InstrumentDefinition> = {
  ons4: {
    label: 'ONS4 personal wellbeing',
    items: [
      'Overall, how satisfied are you with your life nowadays?',
      'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      'Overall, how happy did you feel yesterday?',
      'Overall, how anxious did you feel yesterday?',
    ],
    min: 0,
    max: 10,
    higherIsBetter: [true, true, true, false],
  },
  swemwbs: {
    label: 'SWEMWBS (short Warwick-Edinburgh mental wellbeing scale)',
    items: [
      "I've been feeling optimistic about the future",
      "I've been feeling useful",
      "I've been feeling relaxed",
      "I've been dealing with problems well",
      "I've been thinking clearly",
      "I've been feeling close to other people",
      "I've been able to make up my own mind about things",
    ],
    min: 1,
    max: 5,
    higherIsBetter: [true, true, true, true, true, true, true],
    stem: 'Below are some statements about feelings and thoughts. Choose the answer that best describes your experience of each over the last 2 weeks.',
    // Free to use once registered with its owners, who ask for this notice (domain reference).
    notice:
      'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) © University of Warwick, 2006, all rights reserved. Used under licence, registered with the University of Warwick.',
  },
  ucla3: {
    label: 'UCLA 3-item loneliness scale',
    items: [
      'How often do you feel that you lack companionship?',
      'How often do you feel left out?',
      'How often do you feel isolated from others?',
    ],
    min: 1,
    max: 3,
    higherIsBetter: [false, false, false],
  },
};

/** SWEMWBS raw score (7–35) → metric score, from the published conversion table. */
const SWEMWBS_METRIC: Record<number, number> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

export interface Score {
  /** Sum of items; null for ONS4, which has no composite score. */
  rawTotal: number | null;
  /** SWEMWBS metric score; null otherwise. */
  metricScore: number | null;
}

/**
 * The one message for a question left unanswered or answered out of range, so every question
 * of an instrument reads the same way ("Answer question 2 with a whole number from 0 to 10").
 */
export function itemAnswerMessage(instrument: Instrument, index: number): string {
  const def = INSTRUMENT_DEFINITIONS[instrument];
  return `Answer question ${index + 1} with a whole number from ${def.min} to ${def.max}`;
}

/** Problems with a set of answers, each naming the item index (0-based). */
export function itemProblems(instrument: Instrument, items: readonly number[]): { index: number | null; message: string }[] {
  const def = INSTRUMENT_DEFINITIONS[instrument];
  if (items.length !== def.items.length) {
    return [{ index: null, message: `${def.label} has ${def.items.length} items; ${items.length} were given` }];
  }
  return items.flatMap((value, index) =>
    Number.isInteger(value) && value >= def.min && value <= def.max
      ? []
      : [{ index, message: itemAnswerMessage(instrument, index) }],
  );
}

/** Scores valid answers. Call {@link itemProblems} first. */
export function scoreMeasure(instrument: Instrument, items: readonly number[]): Score {
  if (instrument === 'ons4') return { rawTotal: null, metricScore: null };
  const rawTotal = items.reduce((sum, value) => sum + value, 0);
  if (instrument === 'swemwbs') {
    const metric = SWEMWBS_METRIC[rawTotal];
    if (metric === undefined) throw new RangeError(`SWEMWBS raw score ${rawTotal} is outside 7–35`);
    return { rawTotal, metricScore: metric };
  }
  return { rawTotal, metricScore: null };
}

/**
 * Change from baseline for each reported figure, signed so that a positive `improvement` is
 * always better (anxiety and loneliness fall when people improve).
 */
export function changeFromBaseline(
  instrument: Instrument,
  baseline: { items: readonly number[]; score: Score },
  latest: { items: readonly number[]; score: Score },
): { figure: string; baseline: number; latest: number; change: number; improvement: number }[] {
  const def = INSTRUMENT_DEFINITIONS[instrument];
  const figure = (name: string, from: number, to: number, higherIsBetter: boolean) => ({
    figure: name,
    baseline: from,
    latest: to,
    change: round2(to - from),
    improvement: round2(higherIsBetter ? to - from : from - to),
  });
  if (instrument === 'ons4') {
    const names = ['Life satisfaction', 'Worthwhile', 'Happiness', 'Anxiety'];
    return names.map((name, i) => figure(name, baseline.items[i] ?? 0, latest.items[i] ?? 0, def.higherIsBetter[i] ?? true));
  }
  if (instrument === 'swemwbs') {
    return [figure('Metric score', baseline.score.metricScore ?? 0, latest.score.metricScore ?? 0, true)];
  }
  return [figure('Loneliness total', baseline.score.rawTotal ?? 0, latest.score.rawTotal ?? 0, false)];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

import {
  changeFromBaseline,
  INSTRUMENT_DEFINITIONS,
  INSTRUMENTS,
  type Instrument,
  scoreMeasure,
  type Timepoint,
} from '@kith/shared';

export const TIMEPOINT_LABELS: Record<Timepoint, string> = { baseline: 'Baseline', review: 'Review', discharge: 'Discharge' };

/**
 * The figures of an instrument that fall when people improve (ONS4 anxiety, UCLA loneliness),
 * found by asking the shared scoring rule how a move from the lowest to the highest answers is
 * judged, so the labels can never disagree with the scores.
 */
function lowerIsBetterFigures(instrument: Instrument): Set<string> {
  const definition = INSTRUMENT_DEFINITIONS[instrument];
  const lowest = definition.items.map(() => definition.min);
  const highest = definition.items.map(() => definition.max);
  const changes = changeFromBaseline(
    instrument,
    { items: lowest, score: scoreMeasure(instrument, lowest) },
    { items: highest, score: scoreMeasure(instrument, highest) },
  );
  return new Set(changes.filter((change) => change.improvement < 0).map((change) => change.figure));
}

const LOWER_IS_BETTER = new Map(INSTRUMENTS.map((instrument) => [instrument, lowerIsBetterFigures(instrument)]));

/** Whether a reported figure falls when people improve. */
export function isLowerBetter(instrument: Instrument, figure: string): boolean {
  return LOWER_IS_BETTER.get(instrument)?.has(figure) ?? false;
}

/** "Anxiety (lower is better)". */
export function figureLabel(instrument: Instrument, figure: string): string {
  return isLowerBetter(instrument, figure) ? `${figure} (lower is better)` : figure;
}

/** "+1.5", "-2", "0": the sign always shown, so a change reads as a change. */
export function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** Words for the direction of an improvement, so colour or sign is never the only cue. */
export function improvementWords(improvement: number): string {
  if (improvement > 0) return 'Better';
  if (improvement < 0) return 'Worse';
  return 'No change';
}

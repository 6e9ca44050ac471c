import type { RecordMeasureRequest } from '@kith/shared';

type Instrument = RecordMeasureRequest['instrument'];
type Timepoint = RecordMeasureRequest['timepoint'];

/**
 * Made-up questionnaire answers that improve from baseline to review to discharge, as most
 * people's do, nudged per person (`seed`) so the demo's figures are not all the same. ONS4
 * anxiety and UCLA3 answers are lower-is-better, so they fall as the others rise.
 */
const ANSWERS: Record<Instrument, Record<Timepoint, number[]>> = {
  ons4: { baseline: [4, 5, 3, 7], review: [6, 6, 6, 5], discharge: [7, 8, 7, 3] },
  swemwbs: { baseline: [2, 2, 2, 3, 2, 2, 3], review: [3, 3, 3, 3, 3, 3, 3], discharge: [4, 3, 4, 4, 3, 4, 4] },
  ucla3: { baseline: [3, 3, 2], review: [2, 2, 2], discharge: [1, 2, 1] },
};

const RANGE: Record<Instrument, [number, number]> = { ons4: [0, 10], swemwbs: [1, 5], ucla3: [1, 3] };

export function demoMeasure(instrument: Instrument, timepoint: Timepoint, seed: number): RecordMeasureRequest {
  const [min, max] = RANGE[instrument];
  const items = ANSWERS[instrument][timepoint].map((answer, index) => {
    const nudge = ((seed + index) % 3) - 1;
    return Math.min(max, Math.max(min, answer + nudge));
  });
  return { instrument, timepoint, items };
}

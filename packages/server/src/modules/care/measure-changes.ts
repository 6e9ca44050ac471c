import { changeFromBaseline, INSTRUMENTS, type MeasureChange, type OutcomeMeasure } from '@kith/shared';

/**
 * Change from baseline for every instrument that has a baseline and a later follow-up (a review
 * or discharge measure), flattened to one entry per reported figure. `measures` must be oldest
 * first. The most recent baseline counts, since a re-recorded baseline is how a mistaken one is
 * corrected; the follow-up is the most recent measure taken after it.
 */
export function measureChanges(measures: readonly OutcomeMeasure[]): MeasureChange[] {
  return INSTRUMENTS.flatMap((instrument) => {
    const taken = measures.filter((m) => m.instrument === instrument);
    const baselineAt = taken.findLastIndex((m) => m.timepoint === 'baseline');
    const baseline = taken[baselineAt];
    const latest = taken.slice(baselineAt + 1).findLast((m) => m.timepoint !== 'baseline');
    if (!baseline || !latest) return [];
    return changeFromBaseline(instrument, scored(baseline), scored(latest)).map((figure) => ({ instrument, ...figure }));
  });
}

function scored(measure: OutcomeMeasure) {
  return { items: measure.items, score: { rawTotal: measure.rawTotal, metricScore: measure.metricScore } };
}

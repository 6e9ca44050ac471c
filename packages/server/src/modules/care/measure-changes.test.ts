import type { OutcomeMeasure } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { measureChanges } from './measure-changes.ts';

let clock = 0;
function ucla(timepoint: OutcomeMeasure['timepoint'], items: number[]): OutcomeMeasure {
  clock += 1;
  const rawTotal = items.reduce((a, b) => a + b, 0);
  return {
    id: crypto.randomUUID(),
    instrument: 'ucla3',
    timepoint,
    items,
    rawTotal,
    metricScore: null,
    recordedAt: new Date(clock).toISOString(),
  };
}

describe('measureChanges', () => {
  it('is empty without a follow-up after the baseline', () => {
    expect(measureChanges([ucla('review', [3, 3, 3]), ucla('baseline', [3, 3, 2])])).toEqual([]);
  });

  it('compares the most recent baseline with the most recent follow-up after it', () => {
    const changes = measureChanges([
      ucla('baseline', [3, 3, 3]),
      ucla('baseline', [3, 2, 3]),
      ucla('review', [2, 2, 2]),
      ucla('discharge', [1, 1, 2]),
    ]);
    expect(changes).toEqual([
      { instrument: 'ucla3', figure: 'Loneliness total', baseline: 8, latest: 4, change: -4, improvement: 4 },
    ]);
  });
});

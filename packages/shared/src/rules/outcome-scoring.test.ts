import { describe, expect, it } from 'vitest';
import { changeFromBaseline, INSTRUMENT_DEFINITIONS, itemProblems, scoreMeasure } from './outcome-scoring.ts';

describe('outcome measure scoring', () => {
  it('SWEMWBS items all 3 give raw 21 and metric 19.25', () => {
    expect(scoreMeasure('swemwbs', [3, 3, 3, 3, 3, 3, 3])).toEqual({ rawTotal: 21, metricScore: 19.25 });
  });

  it('SWEMWBS converts the ends of the table', () => {
    expect(scoreMeasure('swemwbs', [1, 1, 1, 1, 1, 1, 1]).metricScore).toBe(7);
    expect(scoreMeasure('swemwbs', [5, 5, 5, 5, 5, 5, 5]).metricScore).toBe(35);
    expect(scoreMeasure('swemwbs', [5, 5, 5, 5, 4, 4, 4]).metricScore).toBe(29.31);
  });

  it('names the item that is out of range', () => {
    expect(itemProblems('swemwbs', [3, 3, 6, 3, 3, 3, 3])).toEqual([
      { index: 2, message: 'Answer question 3 with a whole number from 1 to 5' },
    ]);
    expect(itemProblems('ons4', [0, 10, 11, -1])).toHaveLength(2);
    expect(itemProblems('ucla3', [1, 2])[0]?.index).toBeNull();
  });

  it('ONS4 has no composite score; UCLA-3 sums to 3–9', () => {
    expect(scoreMeasure('ons4', [5, 6, 7, 3])).toEqual({ rawTotal: null, metricScore: null });
    expect(scoreMeasure('ucla3', [3, 2, 3])).toEqual({ rawTotal: 8, metricScore: null });
  });

  it('reports anxiety and loneliness falling as improvement', () => {
    const ons = changeFromBaseline(
      'ons4',
      { items: [4, 5, 4, 8], score: scoreMeasure('ons4', [4, 5, 4, 8]) },
      { items: [6, 6, 7, 3], score: scoreMeasure('ons4', [6, 6, 7, 3]) },
    );
    expect(ons.find((f) => f.figure === 'Anxiety')).toMatchObject({ change: -5, improvement: 5 });
    expect(ons.find((f) => f.figure === 'Happiness')).toMatchObject({ change: 3, improvement: 3 });
    const ucla = changeFromBaseline(
      'ucla3',
      { items: [3, 3, 3], score: scoreMeasure('ucla3', [3, 3, 3]) },
      { items: [1, 2, 1], score: scoreMeasure('ucla3', [1, 2, 1]) },
    );
    expect(ucla[0]).toMatchObject({ baseline: 9, latest: 4, improvement: 5 });
  });

  it('asks SWEMWBS over the last 2 weeks and carries the attribution its owners require', () => {
    expect(INSTRUMENT_DEFINITIONS.swemwbs.stem).toContain('over the last 2 weeks');
    expect(INSTRUMENT_DEFINITIONS.swemwbs.notice).toContain('© University of Warwick');
  });

  it('words every ONS4 question problem the same way', () => {
    const messages = itemProblems('ons4', [11, 11, 11, 11]).map((problem) =>
      problem.message.replace(/question \d/, 'question N'),
    );
    expect(new Set(messages)).toEqual(new Set(['Answer question N with a whole number from 0 to 10']));
  });
});

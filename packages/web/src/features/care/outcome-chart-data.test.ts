import type { OutcomeMeasure } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { outcomeCharts } from './outcome-chart-data.ts';

let next = 0;
function ucla(timepoint: OutcomeMeasure['timepoint'], recordedAt: string, items: number[]): OutcomeMeasure {
  next += 1;
  const total = items.reduce((a, b) => a + b, 0);
  return { id: `m${next}`, instrument: 'ucla3', timepoint, items, rawTotal: total, metricScore: null, recordedAt };
}

describe("a person's outcome chart", () => {
  it('puts each instrument in time order, marks the baseline and gives each change from it', () => {
    const review = ucla('review', '2026-07-01T10:00:00.000Z', [2, 1, 1]);
    const baseline = ucla('baseline', '2026-06-02T10:00:00.000Z', [3, 3, 2]);
    const [chart, ...others] = outcomeCharts([review, baseline]);
    expect(others).toEqual([]);
    expect(chart).toMatchObject({
      instrument: 'ucla3',
      figures: [{ key: 'f0', label: 'Loneliness total' }],
      baselineAt: Date.parse('2026-06-02T10:00:00.000Z'),
    });
    expect(chart?.points.map((p) => [p.dateText, p.timepointText, p.isBaseline, p.values.f0, p.changes.f0])).toEqual([
      ['2 Jun 2026', 'Baseline', true, 8, null],
      ['1 Jul 2026', 'Review', false, 4, -4],
    ]);
    expect(chart?.summary).toBe(
      'UCLA loneliness over time: 2 measures, 2 Jun 2026 to 1 Jul 2026. Baseline marked on 2 Jun 2026.',
    );
  });

  it('counts from the most recent baseline, as the change-from-baseline table does', () => {
    const charts = outcomeCharts([
      ucla('baseline', '2026-06-01T10:00:00.000Z', [3, 3, 3]),
      ucla('baseline', '2026-06-03T10:00:00.000Z', [2, 2, 2]),
      ucla('discharge', '2026-08-01T10:00:00.000Z', [1, 1, 1]),
    ]);
    expect(charts[0]?.points.map((p) => [p.isBaseline, p.changes.f0])).toEqual([
      [false, 3],
      [true, null],
      [false, -3],
    ]);
  });

  it('charts every ONS4 figure, and says when there is no baseline yet', () => {
    const [chart] = outcomeCharts([
      {
        id: 'o1',
        instrument: 'ons4',
        timepoint: 'review',
        items: [6, 7, 5, 3],
        rawTotal: null,
        metricScore: null,
        recordedAt: '2026-06-05T09:00:00.000Z',
      },
    ]);
    expect(chart?.figures.map((f) => f.label)).toEqual(['Life satisfaction', 'Worthwhile', 'Happiness', 'Anxiety']);
    expect(chart?.points[0]?.values).toEqual({ f0: 6, f1: 7, f2: 5, f3: 3 });
    expect(chart?.baselineAt).toBeNull();
    expect(chart?.summary).toContain('No baseline recorded yet');
  });

  it('has no charts before any measure is taken', () => {
    expect(outcomeCharts([])).toEqual([]);
  });
});

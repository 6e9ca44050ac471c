import { describe, expect, it } from 'vitest';
import { meanInterval95, median, percentage, roundTo, Z_95 } from './report-statistics.ts';

describe('report statistics', () => {
  it('gives the 95% interval of a mean as mean ± 1.96 × sd / √n', () => {
    // sd 2, n 4: half-width 1.96 × 2 / 2 = 1.96.
    const interval = meanInterval95({ n: 4, mean: 10, sd: 2 });
    expect(interval?.low).toBeCloseTo(8.04, 10);
    expect(interval?.high).toBeCloseTo(11.96, 10);
    expect(Z_95).toBe(1.96);
  });

  it('gives a zero-width interval when every value is the same', () => {
    expect(meanInterval95({ n: 6, mean: 1, sd: 0 })).toEqual({ low: 1, high: 1 });
  });

  it('gives no interval for fewer than 2 values or no standard deviation', () => {
    expect(meanInterval95({ n: 1, mean: 3, sd: null })).toBeNull();
    expect(meanInterval95({ n: 0, mean: null, sd: null })).toBeNull();
    expect(meanInterval95({ n: 5, mean: 3, sd: null })).toBeNull();
  });

  it('rounds half away from zero', () => {
    expect(roundTo(2.375, 2)).toBe(2.38);
    expect(roundTo(-2.375, 2)).toBe(-2.38);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(8.6000000001, 1)).toBe(8.6);
    expect(roundTo(-0.04000000000000001, 2)).toBe(-0.04);
    expect(roundTo(12.5, 0)).toBe(13);
  });

  it('gives percentages to 1 decimal place, and none of nothing', () => {
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(1, 12)).toBe(8.3);
    expect(percentage(0, 5)).toBe(0);
    expect(percentage(5, 5)).toBe(100);
    expect(percentage(0, 0)).toBeNull();
  });

  it('takes the median of unsorted values, the middle pair averaged', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([10, 1.5, 4, 5])).toBe(4.5);
    expect(median([])).toBeNull();
  });
});

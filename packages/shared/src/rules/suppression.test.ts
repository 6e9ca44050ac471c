import { describe, expect, it } from 'vitest';
import { isSmallCount, rateIsShowable, SUPPRESSED, statisticIsShowable, suppressCount } from './suppression.ts';

describe('small-number suppression', () => {
  it('treats exactly 1 to 4 as small', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(isSmallCount)).toEqual([false, true, true, true, true, false, false]);
  });

  it('shows 1 to 4 as "<5" and keeps 0', () => {
    expect([1, 2, 3, 4].map(suppressCount)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED]);
    expect(suppressCount(0)).toBe(0);
  });

  it('rounds every other count to the nearest 5, halves up', () => {
    expect([5, 6, 7, 8, 9, 10, 12, 13, 97, 1002].map(suppressCount)).toEqual([5, 5, 5, 10, 10, 10, 10, 15, 95, 1000]);
  });

  it('never lets a total minus the other cells give back a suppressed count', () => {
    // 12 referred, of whom 9 + 3: shown as 10, 10 and "<5" — 10 − 10 is not 3.
    const shown = [12, 9, 3].map(suppressCount);
    expect(shown).toEqual([10, 10, SUPPRESSED]);
  });

  it('hides a rate when its numerator, denominator or complement is 1 to 4', () => {
    expect(rateIsShowable(3, 100)).toBe(false);
    expect(rateIsShowable(97, 100)).toBe(false);
    expect(rateIsShowable(96, 100)).toBe(false);
    expect(rateIsShowable(95, 100)).toBe(true);
    expect(rateIsShowable(50, 100)).toBe(true);
    expect(rateIsShowable(4, 4)).toBe(false);
  });

  it('shows a rate of none or of all, when the denominator is 5 or more', () => {
    expect(rateIsShowable(0, 10)).toBe(true);
    expect(rateIsShowable(10, 10)).toBe(true);
    expect(rateIsShowable(5, 5)).toBe(true);
  });

  it('hides a rate over fewer than 5, even 0 of 0', () => {
    expect(rateIsShowable(0, 0)).toBe(false);
    expect(rateIsShowable(0, 3)).toBe(false);
  });

  it('shows a statistic only over 5 or more values', () => {
    expect([0, 1, 4, 5, 100].map(statisticIsShowable)).toEqual([false, false, false, true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { isSmallCount, publishedCount, publishedRate, SUPPRESSED, statisticIsShowable, suppressCount } from './suppression.ts';

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

  it('publishes a count as rounded, or not at all when it shows as "<5"', () => {
    expect([0, 3, 12, 13].map(publishedCount)).toEqual([0, null, 10, 15]);
  });

  it('works a rate out from the rounded counts, so it adds nothing the counts do not say', () => {
    // 5 of 11 and 5 of 12 both show as 5 of 10: the rate must not tell them apart.
    expect(publishedRate(5, 11)).toBe(50);
    expect(publishedRate(5, 12)).toBe(50);
    expect(publishedRate(18, 20)).toBe(100);
  });

  it('hides a rate when its numerator shows as "<5" or its denominator is under 5', () => {
    expect(publishedRate(3, 20)).toBeNull();
    expect(publishedRate(0, 4)).toBeNull();
    expect(publishedRate(0, 0)).toBeNull();
    expect(publishedRate(0, 10)).toBe(0);
  });

  it('shows a statistic only over 5 or more values', () => {
    expect([0, 1, 4, 5, 100].map(statisticIsShowable)).toEqual([false, false, false, true, true]);
  });
});

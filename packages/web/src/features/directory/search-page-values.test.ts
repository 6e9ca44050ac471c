import { describe, expect, it } from 'vitest';
import { isMoreFilterPath, moreFilterCount, moreFiltersSummary, needsSummary, unmetNeedHref } from './search-page-values.ts';

const NONE = { age: '', day: '', time: '', maxWaitDays: '', flags: [] };

describe('moreFilterCount', () => {
  it('is 0 when nothing under "More filters" is set, even with blanks typed', () => {
    expect(moreFilterCount(NONE)).toBe(0);
    expect(moreFilterCount({ ...NONE, age: '  ' })).toBe(0);
  });

  it('counts each typed or chosen filter and each ticked flag', () => {
    expect(
      moreFilterCount({ age: '70', day: 'monday', time: '10:00', maxWaitDays: '14', flags: ['openToReferrals', 'freeOnly'] }),
    ).toBe(6);
    expect(moreFilterCount({ ...NONE, flags: ['freeOnly'] })).toBe(1);
  });
});

describe('isMoreFilterPath', () => {
  it('is true for the fields under "More filters" only', () => {
    expect(['age', 'day', 'time', 'maxWaitDays', 'flags'].every(isMoreFilterPath)).toBe(true);
    expect(['q', 'postcode', 'radiusKm', 'need', ''].some(isMoreFilterPath)).toBe(false);
  });
});

describe('summaries', () => {
  it('say how many needs are chosen and filters set', () => {
    expect(needsSummary(0)).toBe('Needs');
    expect(needsSummary(2)).toBe('Needs (2 chosen)');
    expect(moreFiltersSummary(0)).toBe('More filters');
    expect(moreFiltersSummary(1)).toBe('More filters (1 set)');
  });
});

describe('unmetNeedHref', () => {
  it("leads to the person's unmet-need form, starting from the first need searched for", () => {
    expect(unmetNeedHref('p-1', ['t-2', 't-3'])).toBe('/people/p-1/unmet-needs/new?needTermId=t-2');
  });

  it('has no need when none was searched for, and encodes the ids', () => {
    expect(unmetNeedHref('p 1', [])).toBe('/people/p%201/unmet-needs/new');
    expect(unmetNeedHref('p', ['a&b'])).toBe('/people/p/unmet-needs/new?needTermId=a%26b');
  });
});

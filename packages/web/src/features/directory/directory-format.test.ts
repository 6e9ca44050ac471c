import { describe, expect, it } from 'vitest';
import {
  describeAges,
  describeCost,
  describeWait,
  formatDistance,
  isReferable,
  resultCountHeading,
  splitList,
} from './directory-format.ts';

describe('directory wording', () => {
  it('gives distances in kilometres and miles', () => {
    expect(formatDistance(1234)).toBe('1.2 km (0.8 miles)');
    expect(formatDistance(1609)).toBe('1.6 km (1.0 mile)');
    expect(formatDistance(null)).toBe('');
  });

  it('says waiting times in days, then weeks', () => {
    expect(describeWait(null)).toBe('Not known');
    expect(describeWait(0)).toBe('No wait');
    expect(describeWait(1)).toBe('1 day');
    expect(describeWait(10)).toBe('10 days');
    expect(describeWait(42)).toBe('6 weeks');
    expect(describeWait(45)).toBe('About 6 weeks');
  });

  it('describes age limits at either end', () => {
    expect(describeAges(null, null)).toBe('All ages');
    expect(describeAges(18, null)).toBe('18 and over');
    expect(describeAges(null, 25)).toBe('Up to 25');
    expect(describeAges(18, 65)).toBe('18 to 65');
  });

  it('describes costs, calling nothing or zero free', () => {
    expect(describeCost({ option: 'Per session', amount: 3.5, amountDescription: 'concessions £2' })).toBe(
      'Per session: £3.50 (concessions £2)',
    );
    expect(describeCost({ option: null, amount: 0, amountDescription: null })).toBe('Free');
  });

  it('offers onward referral only through Kith and when not closed or archived', () => {
    const open = { referralRoute: 'kith_referral', capacityStatus: 'waiting_list', archived: false } as const;
    expect(isReferable(open)).toBe(true);
    expect(isReferable({ ...open, capacityStatus: 'closed' })).toBe(false);
    expect(isReferable({ ...open, referralRoute: 'signpost' })).toBe(false);
    expect(isReferable({ ...open, archived: true })).toBe(false);
  });

  it('counts results and splits comma-separated lists', () => {
    expect(resultCountHeading(0)).toBe('No services found');
    expect(resultCountHeading(1)).toBe('1 service found');
    expect(resultCountHeading(12)).toBe('12 services found');
    expect(splitList(' English, Polish ,, English,Urdu ')).toEqual(['English', 'Polish', 'Urdu']);
  });
});

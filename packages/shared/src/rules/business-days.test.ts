import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay } from './business-days.ts';

const at = (iso: string) => new Date(iso);

describe('addBusinessDays', () => {
  it('a Friday plus one business day is the Monday, at the same time of day', () => {
    expect(addBusinessDays(at('2025-06-06T15:30:00Z'), 1).toISOString()).toBe('2025-06-09T15:30:00.000Z');
  });

  it('skips a bank holiday Monday', () => {
    // 26 May 2025 is the spring bank holiday.
    expect(addBusinessDays(at('2025-05-23T09:00:00Z'), 1).toISOString()).toBe('2025-05-27T09:00:00.000Z');
  });

  it('skips Christmas, Boxing Day and the weekend between them and the new year', () => {
    // Wed 24 Dec 2025 + 3: Thu 25 and Fri 26 are holidays, then the weekend → Mon 29, Tue 30, Wed 31.
    expect(addBusinessDays(at('2025-12-24T12:00:00Z'), 3).toISOString()).toBe('2025-12-31T12:00:00.000Z');
  });

  it('counts five business days from a Wednesday as the next Wednesday', () => {
    expect(addBusinessDays(at('2025-06-04T10:00:00Z'), 5).toISOString()).toBe('2025-06-11T10:00:00.000Z');
  });

  it('a weekend day plus one is the Monday', () => {
    expect(addBusinessDays(at('2025-06-07T10:00:00Z'), 1).toISOString()).toBe('2025-06-09T10:00:00.000Z');
  });

  it('zero days is the same instant', () => {
    expect(addBusinessDays(at('2025-06-06T15:30:00Z'), 0).toISOString()).toBe('2025-06-06T15:30:00.000Z');
  });

  it('takes its own holiday list', () => {
    expect(addBusinessDays(at('2030-06-07T10:00:00Z'), 1, ['2030-06-10']).toISOString()).toBe('2030-06-11T10:00:00.000Z');
  });
});

describe('isBusinessDay', () => {
  it('is false on weekends and bank holidays, true on other weekdays', () => {
    expect(isBusinessDay(at('2025-06-07T12:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2025-06-08T12:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2025-08-25T12:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2025-08-26T12:00:00Z'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, daysOf, isCalendarDate, mondayOf, rangeOf, ukTime, ukWhen } from './appointment-time.ts';

describe('appointment times in UK time', () => {
  it('shows UK wall-clock time in summer and winter', () => {
    expect(ukTime('2030-07-01T08:30:00.000Z')).toBe('09:30');
    expect(ukTime('2030-01-15T14:00:00.000Z')).toBe('14:00');
    expect(ukWhen('2030-07-01T08:30:00.000Z', '2030-07-01T09:15:00.000Z')).toBe('Monday 1 July 2030, 09:30 to 10:15');
  });

  it('works out weeks from Monday to Sunday', () => {
    expect(mondayOf('2030-07-07')).toBe('2030-07-01');
    expect(mondayOf('2030-07-01')).toBe('2030-07-01');
    expect(daysOf('week', '2030-07-03')).toEqual([
      '2030-07-01',
      '2030-07-02',
      '2030-07-03',
      '2030-07-04',
      '2030-07-05',
      '2030-07-06',
      '2030-07-07',
    ]);
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
  });

  it('asks for whole UK days, across a clock change', () => {
    // The clocks go back on 27 October 2030: that day has 25 hours.
    expect(rangeOf(['2030-10-27'])).toEqual({ from: '2030-10-26T23:00:00.000Z', to: '2030-10-28T00:00:00.000Z' });
  });

  it('accepts only real dates from the address', () => {
    expect(isCalendarDate('2030-02-28')).toBe(true);
    expect(isCalendarDate('2030-02-30')).toBe(false);
    expect(isCalendarDate('tomorrow')).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});

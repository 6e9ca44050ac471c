import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './date-format.ts';

describe('date formatting', () => {
  it('shows a calendar date without shifting it across time zones', () => {
    expect(formatCalendarDate('1951-03-07')).toBe('7 March 1951');
    expect(formatCalendarDate('2026-12-31T00:00:00.000Z')).toBe('31 December 2026');
  });

  it('leaves blanks blank and unknown text alone', () => {
    expect(formatCalendarDate(null)).toBe('');
    expect(formatCalendarDate('soon')).toBe('soon');
  });

  it('shows an instant with its time', () => {
    const local = new Date(2026, 2, 7, 14, 5).toISOString();
    expect(formatDateTime(local)).toBe('7 March 2026 at 14:05');
  });
});

import { describe, expect, it } from 'vitest';
import { calendarSearch, readCalendarParams, stepped } from './calendar-params.ts';

describe('calendar address', () => {
  const now = new Date('2030-07-03T10:00:00Z');

  it('reads the view and date, falling back to today’s day view', () => {
    expect(readCalendarParams(new URLSearchParams('view=week&date=2030-01-15'), now)).toEqual({
      view: 'week',
      date: '2030-01-15',
    });
    expect(readCalendarParams(new URLSearchParams('view=month&date=2030-02-31'), now)).toEqual({
      view: 'day',
      date: '2030-07-03',
    });
  });

  it('steps a day or a week and keeps both in the address', () => {
    expect(stepped({ view: 'day', date: '2030-07-01' }, -1)).toEqual({ view: 'day', date: '2030-06-30' });
    expect(stepped({ view: 'week', date: '2030-07-01' }, 1)).toEqual({ view: 'week', date: '2030-07-08' });
    expect(calendarSearch({ view: 'week', date: '2030-07-08' })).toBe('?view=week&date=2030-07-08');
  });
});

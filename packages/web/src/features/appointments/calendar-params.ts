import { type CalendarView, ukToday } from '@kith/shared';
import { addDays, isCalendarDate } from './appointment-time.ts';

/** What a calendar page shows, read from its address (`?view=week&date=2026-12-07`). */
export interface CalendarParams {
  view: CalendarView;
  date: string;
}

/** The view and date in the address; today's day view when missing or not real. */
export function readCalendarParams(search: URLSearchParams, now: Date = new Date()): CalendarParams {
  const view = search.get('view') === 'week' ? 'week' : 'day';
  const date = search.get('date');
  return { view, date: isCalendarDate(date) ? date : ukToday(now) };
}

/** The address query for a view and date. */
export function calendarSearch({ view, date }: CalendarParams): string {
  return `?${new URLSearchParams({ view, date }).toString()}`;
}

/** The same view one step earlier (`-1`) or later (`1`): a day, or a week. */
export function stepped(params: CalendarParams, direction: -1 | 1): CalendarParams {
  return { ...params, date: addDays(params.date, direction * (params.view === 'week' ? 7 : 1)) };
}

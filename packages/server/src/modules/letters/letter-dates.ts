import { UK_TIME_ZONE } from '@kith/shared';

/**
 * Dates and times as a letter prints them: UK time (Europe/London, GMT or BST as the date
 * falls), GOV.UK style ("Tuesday 8 December 2026", "14:30"), whatever zone the server runs in.
 */

const longDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const day = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
const calendarDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

function partsOf(format: Intl.DateTimeFormat, instant: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** "8 December 2026": the day an instant falls on in the UK (a letter's date). */
export function letterDate(instant: Date): string {
  const p = partsOf(day, instant);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "Tuesday 8 December 2026" in UK time (no comma after the weekday). */
export function letterDayWithWeekday(instant: Date): string {
  const p = partsOf(longDay, instant);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "14:30" in UK time. */
export function letterTime(instant: Date): string {
  return time.format(instant);
}

/** A calendar date without a zone (`YYYY-MM-DD`, e.g. a review date) as "8 December 2026". */
export function letterCalendarDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const p = partsOf(calendarDay, new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
  return `${p.day} ${p.month} ${p.year}`;
}

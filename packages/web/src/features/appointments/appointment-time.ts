import { appointmentInstant, UK_TIME_ZONE, ukToday } from '@kith/shared';

/**
 * Appointment times as people in England read them: every time on these screens is UK time
 * (Europe/London), whatever the browser's own time zone, because the appointment happens here.
 */

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const calendarDayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "09:30" in UK time. */
export function ukTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "Monday 7 December 2026" for the UK day an instant falls on. */
export function ukDayOf(iso: string): string {
  return withoutComma(dayFormat, new Date(iso));
}

/** "Monday 7 December 2026, 09:30 to 10:15". */
export function ukWhen(startsAt: string, endsAt: string): string {
  return `${ukDayOf(startsAt)}, ${ukTime(startsAt)} to ${ukTime(endsAt)}`;
}

/** The UK date (YYYY-MM-DD) an instant falls on. */
export function ukDateOf(iso: string): string {
  return ukToday(new Date(iso));
}

/** "Monday 7 December 2026" for a calendar date (YYYY-MM-DD). */
export function formatDay(date: string): string {
  return withoutComma(calendarDayFormat, dateAsUtc(date));
}

/** "Monday 7 December 2026": the parts in order, without the comma some engines put after the weekday. */
function withoutComma(format: Intl.DateTimeFormat, date: Date): string {
  const part = (type: string) => format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** True for a real YYYY-MM-DD date. */
export function isCalendarDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dateAsUtc(value).toISOString().slice(0, 10) === value;
}

/** `date` moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(dateAsUtc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week holding `date` (weeks run Monday to Sunday in the UK). */
export function mondayOf(date: string): string {
  const weekday = (dateAsUtc(date).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The calendar days shown for a view: one, or Monday to Sunday. */
export function daysOf(view: 'day' | 'week', date: string): string[] {
  if (view === 'day') return [date];
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The instants [from, to) covering whole UK days (midnight is never a skipped hour in the UK). */
export function rangeOf(days: readonly string[]): { from: string; to: string } {
  const first = days[0] ?? ukToday();
  const last = days.at(-1) ?? first;
  return { from: ukMidnight(first), to: ukMidnight(addDays(last, 1)) };
}

function ukMidnight(date: string): string {
  const read = appointmentInstant(date, '00:00');
  return read.ok ? read.instant.toISOString() : `${date}T00:00:00Z`;
}

function dateAsUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

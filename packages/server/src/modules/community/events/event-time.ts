import { COMMUNITY_EVENT_TIME_ZONE, type UkOffset, ukInstant, ukOffsetMs } from '@kith/shared';
import { validationError } from '../../../errors.ts';

/**
 * Event times: stored as instants, entered and shown in UK time (Europe/London, GMT in winter
 * and BST in summer). Reading a UK wall-clock time is the shared rule in
 * `packages/shared/src/rules/uk-wall-clock.ts`; this file only formats.
 */

/**
 * The instant a request's date-time means: one with an offset (`…Z`, `…+01:00`) is exact; one
 * without is UK wall-clock time, as a `datetime-local` field sends it. The request schema has
 * already refused a skipped time and asked for `offset` when the time is repeated, so a
 * problem here is a caller that skipped validation (a 400 naming `field`).
 */
export function parseEventTime(value: string, offset?: UkOffset | null, field = 'startsAt'): Date {
  const read = ukInstant(value, offset);
  if (read.ok) return read.instant;
  throw validationError(read.problem === 'skipped' || read.problem === 'invalid' ? field : `${field}Offset`, read.message);
}

/** How far UK time is ahead of UTC at `instant`, in milliseconds (0 or 3 600 000). */
export const londonOffsetMs = ukOffsetMs;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: COMMUNITY_EVENT_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: COMMUNITY_EVENT_TIME_ZONE,
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Tuesday 3 March 2026" in UK time (GOV.UK style: no comma after the weekday). */
export function formatLondonDay(instant: Date): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** "10:00" in UK time. */
export function formatLondonTime(instant: Date): string {
  return timeFormat.format(instant);
}

/**
 * When an event happens, in words, in UK time: "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)",
 * or with both days when it runs past midnight.
 */
export function formatEventWhen(startsAt: Date, endsAt: Date): string {
  const startDay = formatLondonDay(startsAt);
  const endDay = formatLondonDay(endsAt);
  const until = startDay === endDay ? formatLondonTime(endsAt) : `${endDay}, ${formatLondonTime(endsAt)}`;
  return `${startDay}, ${formatLondonTime(startsAt)} to ${until} (UK time)`;
}

import { COMMUNITY_EVENT_TIME_ZONE } from '@kith/shared';

/**
 * Event times: stored as instants, entered and shown in UK time (Europe/London, GMT in winter
 * and BST in summer). Intl knows the UK's clock changes, so no table of dates lives here.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * The instant a request's date-time means: one with an offset (`…Z`, `…+01:00`) is exact; one
 * without is UK wall-clock time, as a `datetime-local` field sends it. (A wall time in the
 * hour the clocks skip in March is read with the offset before the change.)
 */
export function parseEventTime(value: string): Date {
  const wall = WALL_TIME.exec(value);
  if (!wall) return new Date(value);
  const [year, month, day, hour, minute, second] = wall.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const firstGuess = asUtc - londonOffsetMs(new Date(asUtc));
  const offsetThen = londonOffsetMs(new Date(firstGuess));
  return new Date(asUtc - offsetThen);
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: COMMUNITY_EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far UK time is ahead of UTC at `instant`, in milliseconds (0 or 3 600 000). */
export function londonOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const wallAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

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

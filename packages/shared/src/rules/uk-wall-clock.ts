/**
 * UK wall-clock times (Europe/London: GMT in winter, BST in summer) to instants — the one place
 * Kith does this. Intl knows when the clocks change, so no table of dates lives here.
 *
 * Twice a year a wall-clock time is not one instant: on the last Sunday of March the clocks go
 * forward at 01:00, so 01:00–01:59 never happens ("skipped"); on the last Sunday of October they
 * go back at 02:00, so 01:00–01:59 happens twice ("repeated": first in BST, +01:00, then in GMT,
 * +00:00). Guessing silently would turn a 2-hour event into a 1- or 3-hour one, so a skipped
 * time is refused and a repeated one needs the offset to be chosen.
 */

export const UK_TIME_ZONE = 'Europe/London';

/** The offsets UK time can have: GMT and BST. */
export const UK_OFFSETS = ['+00:00', '+01:00'] as const;
/** One of {@link UK_OFFSETS}. */
export type UkOffset = (typeof UK_OFFSETS)[number];

/** A wall-clock date and time, optionally with seconds and an explicit offset. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far UK time is ahead of UTC at `instant`, in milliseconds (0 or 3 600 000). */
export function ukOffsetMs(instant: Date): number {
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

/** "+01:00" for 3 600 000 ms. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60_000;
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** One way a wall-clock time can be read: the instant and the UK offset then. */
export interface UkReading {
  instant: Date;
  offset: UkOffset;
}

/** What a date-time string means. */
export type UkDateTime =
  /** Not a real date and time in an accepted form. */
  | { kind: 'invalid' }
  /** It carried its own offset (`Z`, `+01:00`): exactly one instant, whatever UK time was. */
  | { kind: 'exact'; instant: Date }
  /** An ordinary UK wall-clock time. */
  | { kind: 'unique'; reading: UkReading }
  /** In the hour the clocks skip: it never happens. */
  | { kind: 'skipped' }
  /** In the hour the clocks repeat: `first` (BST) and `second` (GMT), an hour apart. */
  | { kind: 'repeated'; first: UkReading; second: UkReading };

/**
 * Reads `2027-03-28T10:00` (UK wall-clock time, what a `datetime-local` field sends) or an
 * instant with its offset (`2027-03-28T10:00:00Z`, `…+01:00`).
 */
export function readUkDateTime(value: string): UkDateTime {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return { kind: 'invalid' };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, Number((match[7] ?? '0').padEnd(3, '0')));
  const check = new Date(wallAsUtc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute
  ) {
    return { kind: 'invalid' };
  }
  const zone = match[8];
  if (zone) {
    const offsetMs = zone === 'Z' ? 0 : offsetFromText(zone);
    if (offsetMs === null) return { kind: 'invalid' };
    return { kind: 'exact', instant: new Date(wallAsUtc - offsetMs) };
  }
  // The offsets in force a day either side cover any change that night; a reading is real
  // when UK time at the instant it gives has that same offset.
  const candidates = [...new Set([ukOffsetMs(new Date(wallAsUtc - 86_400_000)), ukOffsetMs(new Date(wallAsUtc + 86_400_000))])];
  const readings = candidates
    .map((offsetMs) => ({ instant: new Date(wallAsUtc - offsetMs), offsetMs }))
    .filter((r) => ukOffsetMs(r.instant) === r.offsetMs)
    .sort((a, b) => a.instant.getTime() - b.instant.getTime())
    .map((r) => ({ instant: r.instant, offset: formatOffset(r.offsetMs) as UkOffset }));
  const [earlier, later] = readings;
  if (!earlier) return { kind: 'skipped' };
  if (!later) return { kind: 'unique', reading: earlier };
  return { kind: 'repeated', first: earlier, second: later };
}

function offsetFromText(zone: string): number | null {
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** "Sunday 31 October 2027, 01:30" for a wall-clock value, for messages. */
function describeWallClock(value: string): string {
  const [date, time] = value.trim().split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const words = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const part = (type: string) => words.find((p) => p.type === type)?.value ?? '';
  return `${time.slice(0, 5)} on ${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** The instant a date-time means, or why it cannot be known (a message naming what to do). */
export type UkInstantResult =
  | { ok: true; instant: Date }
  | { ok: false; problem: 'invalid' | 'skipped'; message: string }
  | { ok: false; problem: 'needs_offset' | 'wrong_offset'; message: string };

/**
 * The instant `value` means. `offset` picks between the two readings of a repeated time; it is
 * checked against a time that has only one reading, and needless for a time with its own offset.
 */
export function ukInstant(value: string, offset?: UkOffset | null): UkInstantResult {
  const read = readUkDateTime(value);
  switch (read.kind) {
    case 'invalid':
      return { ok: false, problem: 'invalid', message: 'Enter a date and time like 2026-03-03T10:00' };
    case 'exact':
      return { ok: true, instant: read.instant };
    case 'skipped':
      return {
        ok: false,
        problem: 'skipped',
        message: `${describeWallClock(value)} does not exist in UK time: the clocks go forward an hour that night. Enter a time outside the missing hour`,
      };
    case 'unique':
      if (offset && offset !== read.reading.offset) {
        return {
          ok: false,
          problem: 'wrong_offset',
          message: `${describeWallClock(value)} UK time is ${read.reading.offset} (${offsetName(read.reading.offset)}), not ${offset}`,
        };
      }
      return { ok: true, instant: read.reading.instant };
    case 'repeated': {
      if (offset) return { ok: true, instant: (offset === read.first.offset ? read.first : read.second).instant };
      return { ok: false, problem: 'needs_offset', message: repeatedMessage(value, read) };
    }
  }
}

function offsetName(offset: UkOffset): string {
  return offset === '+01:00' ? 'British Summer Time' : 'Greenwich Mean Time';
}

function repeatedMessage(value: string, read: { first: UkReading; second: UkReading }): string {
  return (
    `${describeWallClock(value)} happens twice in UK time because the clocks go back an hour that night. ` +
    `Choose ${read.first.offset} for the first time (${offsetName(read.first.offset)}) ` +
    `or ${read.second.offset} for the second (${offsetName(read.second.offset)})`
  );
}

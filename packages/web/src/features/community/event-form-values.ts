import {
  COMMUNITY_EVENT_TIME_ZONE,
  type CommunityEventDetail,
  type CommunityEventKind,
  readUkDateTime,
  type UkOffset,
} from '@kith/shared';

/**
 * What the event form holds. Times are UK wall-clock times as a `datetime-local` field gives
 * them (`2026-03-03T10:00`): the server reads a time without an offset as Europe/London time,
 * so an editor anywhere types the time the event happens in the UK.
 */
export interface EventFormValues {
  kind: CommunityEventKind;
  title: string;
  description: string;
  startsAt: string;
  /** Which reading of a repeated UK time (the night the clocks go back) is meant; '' until chosen. */
  startsAtOffset: UkOffset | '';
  endsAt: string;
  endsAtOffset: UkOffset | '';
  place: string;
  onlineUrl: string;
  /** As typed; empty means no limit. */
  capacity: string;
  audience: string;
}

/** The form's fields in page order, for the error summary. */
export const EVENT_FIELD_ORDER = [
  'kind',
  'title',
  'startsAt',
  'startsAtOffset',
  'endsAt',
  'endsAtOffset',
  'onlineUrl',
  'place',
  'capacity',
  'audience',
  'description',
] as const;

export function emptyEventValues(): EventFormValues {
  return {
    kind: 'webinar',
    title: '',
    description: '',
    startsAt: '',
    startsAtOffset: '',
    endsAt: '',
    endsAtOffset: '',
    place: '',
    onlineUrl: '',
    capacity: '',
    audience: '',
  };
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: COMMUNITY_EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the UK wall-clock time a `datetime-local` field shows: `2026-06-03T10:00` for 09:00Z in summer. */
export function toLondonWallClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) => londonParts.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The two readings of a UK time that happens twice, or null for any other time (the form then asks nothing). */
export function repeatedReadings(wallClock: string) {
  const read = readUkDateTime(wallClock);
  return read.kind === 'repeated' ? read : null;
}

/** For a stored event in the repeated hour: which of the two readings it is, so the form shows it chosen. */
function offsetIfRepeated(wallClock: string, iso: string): UkOffset | '' {
  const read = repeatedReadings(wallClock);
  if (!read) return '';
  return read.first.instant.getTime() === new Date(iso).getTime() ? read.first.offset : read.second.offset;
}

/** The offset to send with a time: only when the time happens twice (otherwise the server needs none). */
function offsetToSend(wallClock: string, offset: UkOffset | ''): UkOffset | null {
  return repeatedReadings(wallClock) && offset ? offset : null;
}

export function valuesFromEvent(event: CommunityEventDetail): EventFormValues {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    startsAt: toLondonWallClock(event.startsAt),
    startsAtOffset: offsetIfRepeated(toLondonWallClock(event.startsAt), event.startsAt),
    endsAt: toLondonWallClock(event.endsAt),
    endsAtOffset: offsetIfRepeated(toLondonWallClock(event.endsAt), event.endsAt),
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    audience: event.audience,
  };
}

/**
 * The number of places: empty is no limit (null); whole numbers become numbers; anything else
 * is passed on as typed so the shared schema names the problem in its own words.
 */
export function readCapacity(text: string): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The body of `POST /api/community/events` (checked against the shared schema before it is sent). */
export function toCreateEventRequest(values: EventFormValues) {
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    startsAt: values.startsAt,
    startsAtOffset: offsetToSend(values.startsAt, values.startsAtOffset),
    endsAt: values.endsAt,
    endsAtOffset: offsetToSend(values.endsAt, values.endsAtOffset),
    place: values.place.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    capacity: readCapacity(values.capacity),
    audience: values.audience,
  };
}

/**
 * The body of `PATCH /api/community/events/:id`: only what changed, so an unchanged start time
 * is not re-sent (which would re-queue the reminder) and people are emailed only about real changes.
 */
export function toUpdateEventRequest(initial: EventFormValues, values: EventFormValues) {
  const before = toCreateEventRequest(initial);
  const after = toCreateEventRequest(values);
  const changes: Record<string, unknown> = {};
  for (const key of ['title', 'description', 'place', 'onlineUrl', 'capacity', 'audience'] as const) {
    if (after[key] !== before[key]) changes[key] = after[key];
  }
  // A time and its offset travel together: choosing the other reading of a repeated time moves the event.
  for (const [time, offset] of [
    ['startsAt', 'startsAtOffset'],
    ['endsAt', 'endsAtOffset'],
  ] as const) {
    if (after[time] !== before[time] || after[offset] !== before[offset]) {
      changes[time] = after[time];
      if (after[offset]) changes[offset] = after[offset];
    }
  }
  return changes;
}

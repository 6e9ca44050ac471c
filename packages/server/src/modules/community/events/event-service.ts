import type {
  CommunityEventAttendeeList,
  CommunityEventDetail,
  CommunityEventList,
  CommunityEventListQuery,
  CreateCommunityEventRequest,
  UpdateCommunityEventRequest,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import type { PageRequest } from '../../../db/paging.ts';
import { notFound, validationError } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { sendEmail } from '../../outbox/outbox-service.ts';
import { type CommunityStanding, requireEditor, requireMember, standingOf } from '../community-policy.ts';
import { cancelledEmail, changedEmail } from './event-emails.ts';
import { enqueueEventReminder } from './event-reminder-job.ts';
import {
  attendeeRows,
  countAttending,
  type EventRow,
  findEvent,
  insertEvent,
  invitedTo,
  listEventRows,
  lockEvent,
  myRsvps,
  participants,
  rsvpCounts,
  updateEventRow,
} from './event-repository.ts';
import { fillFreePlaces } from './event-rsvp-service.ts';
import { assertEventShape, assertStartsInFuture } from './event-rules.ts';
import { parseEventTime } from './event-time.ts';
import { type EventLinks, eventPageUrl, toEventAttendee, toEventDetail, toEventSummary } from './event-view.ts';

const EDITOR_NEEDED = 'Sign in as a community editor to manage events';

export async function requireEventEditor(db: DbOrTx, ctx: RequestContext): Promise<CommunityStanding> {
  const standing = await requireMember(db, ctx, EDITOR_NEEDED);
  requireEditor(standing, 'manage events');
  return standing;
}

/** One event as this reader sees it (anyone may read events; the joining link is for members). */
export async function getEvent(db: DbOrTx, ctx: RequestContext, id: string): Promise<CommunityEventDetail> {
  const standing = await standingOf(db, ctx);
  const event = await findEvent(db, id);
  if (!event) throw notFound('Event');
  const [counts, mine, invited] = await Promise.all([
    rsvpCounts(db, [id]),
    standing ? myRsvps(db, standing.userId, [id]) : new Map(),
    standing ? invitedTo(db, standing.userId, [id]) : new Set<string>(),
  ]);
  return toEventDetail(event, {
    counts: counts.get(id),
    myRsvp: mine.get(id),
    invited: invited.has(id),
    isMember: Boolean(standing?.verified),
  });
}

/** Upcoming or past events with the reader's RSVP and the attending and waiting counts. */
export async function listEvents(
  db: Db,
  ctx: RequestContext,
  query: CommunityEventListQuery,
  now = new Date(),
): Promise<CommunityEventList> {
  const standing = await standingOf(db, ctx);
  const { rows, total } = await listEventRows(db, { when: query.when, kind: query.kind, now }, query);
  const ids = rows.map((r) => r.id);
  const [counts, mine, invited] = await Promise.all([
    rsvpCounts(db, ids),
    standing ? myRsvps(db, standing.userId, ids) : new Map(),
    standing ? invitedTo(db, standing.userId, ids) : new Set<string>(),
  ]);
  const items = rows.map((event) =>
    toEventSummary(event, {
      counts: counts.get(event.id),
      myRsvp: mine.get(event.id),
      invited: invited.has(event.id),
      isMember: Boolean(standing?.verified),
    }),
  );
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** An editor creates an event; its reminder is queued in the same transaction. */
export async function createEvent(
  db: Db,
  ctx: RequestContext,
  { input, publicUrl, now = new Date() }: EventLinks & { input: CreateCommunityEventRequest },
): Promise<CommunityEventDetail> {
  const standing = await requireEventEditor(db, ctx);
  const values = {
    kind: input.kind,
    title: input.title,
    description: input.description,
    startsAt: parseEventTime(input.startsAt, input.startsAtOffset, 'startsAt'),
    endsAt: parseEventTime(input.endsAt, input.endsAtOffset, 'endsAt'),
    place: input.place?.trim() || null,
    onlineUrl: input.onlineUrl || null,
    capacity: input.capacity ?? null,
    audience: input.audience,
  };
  assertStartsInFuture(values.startsAt, now);
  assertEventShape(values);
  const event = await db.transaction(async (tx) => {
    const created = await insertEvent(tx, { ...values, createdByUserId: standing.userId, createdAt: now, updatedAt: now });
    await enqueueEventReminder(tx, created, eventPageUrl(publicUrl, created.id), now);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'community_event',
      recordId: created.id,
      detail: { kind: input.kind },
    });
    return created;
  });
  return getEvent(db, ctx, event.id);
}

/** Fields whose change a calendar (SEQUENCE) and the people who replied should hear about. */
const NOTIFIED_FIELDS = ['startsAt', 'endsAt', 'place', 'onlineUrl'] as const;

function sameValue(a: Date | string | null, b: Date | string | null): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/**
 * An editor changes an event; only the fields sent change. Capacity cannot drop below those
 * already attending; raising it promotes from the waiting list. Moving the start queues a new
 * reminder; a change of time, place or link is emailed to everyone who replied yes or maybe.
 */
export async function updateEvent(
  db: Db,
  ctx: RequestContext,
  { eventId: id, input, publicUrl, now = new Date() }: EventLinks & { eventId: string; input: UpdateCommunityEventRequest },
): Promise<CommunityEventDetail> {
  await requireEventEditor(db, ctx);
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, id);
    if (!event) throw notFound('Event');
    const changes: Partial<EventRow> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.description !== undefined) changes.description = input.description;
    if (input.audience !== undefined) changes.audience = input.audience;
    if (input.startsAt !== undefined) changes.startsAt = parseEventTime(input.startsAt, input.startsAtOffset, 'startsAt');
    if (input.endsAt !== undefined) changes.endsAt = parseEventTime(input.endsAt, input.endsAtOffset, 'endsAt');
    if (input.place !== undefined) changes.place = input.place?.trim() || null;
    if (input.onlineUrl !== undefined) changes.onlineUrl = input.onlineUrl || null;
    if (input.capacity !== undefined) changes.capacity = input.capacity;
    const next = { ...event, ...changes };
    const moved = next.startsAt.getTime() !== event.startsAt.getTime();
    if (moved) assertStartsInFuture(next.startsAt, now);
    assertEventShape(next);
    if (changes.capacity != null) {
      const attending = await countAttending(tx, id);
      if (changes.capacity < attending) {
        throw validationError(
          'capacity',
          `${attending} people are already attending, so there must be at least ${attending} places`,
        );
      }
    }
    const notified = NOTIFIED_FIELDS.some((field) => !sameValue(next[field], event[field]));
    const updated = await updateEventRow(tx, id, {
      ...changes,
      sequence: event.sequence + (notified || changes.title !== undefined ? 1 : 0),
      updatedAt: now,
    });
    const pageUrl = eventPageUrl(publicUrl, id);
    if (moved) await enqueueEventReminder(tx, updated, pageUrl, now);
    if (changes.capacity !== undefined && updated.status === 'scheduled') await fillFreePlaces(tx, updated, publicUrl, now);
    if (notified && updated.status === 'scheduled') {
      await emailRepliers(tx, { event: updated, email: changedEmail, pageUrl, now });
    }
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'community_event',
      recordId: id,
      detail: { fields: Object.keys(changes) },
    });
  });
  return getEvent(db, ctx, id);
}

/** An editor cancels an event: everyone who replied yes or maybe, or is waiting, is emailed. Cancelling twice changes nothing. */
export async function cancelEvent(
  db: Db,
  ctx: RequestContext,
  { eventId: id, publicUrl, now = new Date() }: EventLinks & { eventId: string },
): Promise<CommunityEventDetail> {
  await requireEventEditor(db, ctx);
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, id);
    if (!event) throw notFound('Event');
    if (event.status === 'cancelled') return;
    const updated = await updateEventRow(tx, id, {
      status: 'cancelled',
      cancelledAt: now,
      sequence: event.sequence + 1,
      updatedAt: now,
    });
    if (event.endsAt > now) {
      await emailRepliers(tx, { event: updated, email: cancelledEmail, pageUrl: eventPageUrl(publicUrl, id), now });
    }
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'community_event',
      recordId: id,
      detail: { to: 'cancelled' },
    });
  });
  return getEvent(db, ctx, id);
}

/** Emails everyone who replied yes or maybe, or is waiting for a place, about a change to the event. */
async function emailRepliers(
  tx: DbOrTx,
  { event, email, pageUrl, now }: { event: EventRow; email: typeof changedEmail; pageUrl: string; now: Date },
): Promise<void> {
  for (const person of await participants(tx, event.id, ['attending', 'waitlisted', 'maybe'])) {
    await sendEmail(tx, email(event, person, pageUrl), now);
  }
}

/** Who replied, for editors: attending, the waiting list in order, maybe, no. */
export async function listAttendees(
  db: Db,
  ctx: RequestContext,
  id: string,
  page: PageRequest,
): Promise<CommunityEventAttendeeList> {
  await requireEventEditor(db, ctx);
  if (!(await findEvent(db, id))) throw notFound('Event');
  const { items: rows, ...paging } = await attendeeRows(db, id, page);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'community_event_rsvp',
    recordId: id,
    detail: { count: rows.length, total: paging.total, page: paging.page },
  });
  return {
    ...paging,
    items: rows.map(toEventAttendee),
  };
}

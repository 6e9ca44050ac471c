import type { CommunityEventKind, CommunityRsvpStatus } from '@kith/shared';
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { offsetOf, type PageRequest, pageResult } from '../../../db/paging.ts';
import { communityEventInvitations, communityEventRsvps, communityEvents, users } from '../../../db/schema/index.ts';

export type EventRow = typeof communityEvents.$inferSelect;
export type RsvpRow = typeof communityEventRsvps.$inferSelect;

export async function insertEvent(db: DbOrTx, values: typeof communityEvents.$inferInsert): Promise<EventRow> {
  const [row] = await db.insert(communityEvents).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateEventRow(
  db: DbOrTx,
  id: string,
  values: Partial<Omit<typeof communityEvents.$inferInsert, 'id'>>,
): Promise<EventRow> {
  const [row] = await db.update(communityEvents).set(values).where(eq(communityEvents.id, id)).returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function findEvent(db: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(communityEvents).where(eq(communityEvents.id, id)).limit(1);
  return row;
}

/**
 * The event row, locked until the transaction ends (`SELECT … FOR UPDATE`): every change to
 * who is attending takes this lock first, so two "yes" answers for the last place are decided
 * one after the other and capacity is never exceeded.
 */
export async function lockEvent(db: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(communityEvents).where(eq(communityEvents.id, id)).limit(1).for('update');
  return row;
}

export interface EventListFilter {
  when: 'upcoming' | 'past';
  kind?: CommunityEventKind | undefined;
  now: Date;
}

/** Upcoming (not yet ended) events soonest first, or past ones most recent first. */
export async function listEventRows(
  db: DbOrTx,
  filter: EventListFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: EventRow[]; total: number }> {
  const conditions: SQL[] = [
    filter.when === 'upcoming' ? gte(communityEvents.endsAt, filter.now) : lt(communityEvents.endsAt, filter.now),
  ];
  if (filter.kind) conditions.push(eq(communityEvents.kind, filter.kind));
  const where = and(...conditions);
  const order =
    filter.when === 'upcoming'
      ? [asc(communityEvents.startsAt), asc(communityEvents.id)]
      : [desc(communityEvents.startsAt), desc(communityEvents.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(communityEvents)
      .where(where)
      .orderBy(...order)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(communityEvents).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export interface RsvpCounts {
  attending: number;
  waiting: number;
  maybe: number;
}

/** Attending, waiting and maybe counts per event. */
export async function rsvpCounts(db: DbOrTx, eventIds: string[]): Promise<Map<string, RsvpCounts>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select({
      eventId: communityEventRsvps.eventId,
      attending: sql<number>`count(*) FILTER (WHERE ${communityEventRsvps.status} = 'attending')`.mapWith(Number),
      waiting: sql<number>`count(*) FILTER (WHERE ${communityEventRsvps.status} = 'waitlisted')`.mapWith(Number),
      maybe: sql<number>`count(*) FILTER (WHERE ${communityEventRsvps.status} = 'maybe')`.mapWith(Number),
    })
    .from(communityEventRsvps)
    .where(inArray(communityEventRsvps.eventId, eventIds))
    .groupBy(communityEventRsvps.eventId);
  return new Map(rows.map(({ eventId, ...counts }) => [eventId, counts]));
}

/**
 * Place on the waiting list: 1 + how many joined it earlier (ties broken by user id). The outer
 * row's columns are written out with the table name: Drizzle leaves columns unqualified in a
 * one-table query, and inside the subquery an unqualified name would mean the inner row.
 */
const waitingPosition = sql<number | null>`CASE WHEN "community_event_rsvps"."status" = 'waitlisted' THEN 1 + (
  SELECT count(*) FROM ${communityEventRsvps} w
  WHERE w.event_id = "community_event_rsvps"."event_id" AND w.status = 'waitlisted'
    AND (w.waitlisted_at, w.user_id) < ("community_event_rsvps"."waitlisted_at", "community_event_rsvps"."user_id")
) END`.mapWith((value) => (value === null ? null : Number(value)));

export interface MyRsvp {
  status: CommunityRsvpStatus;
  respondedAt: Date;
  waitingPosition: number | null;
}

/** The member's RSVPs to these events, with their place on any waiting list. */
export async function myRsvps(db: DbOrTx, userId: string, eventIds: string[]): Promise<Map<string, MyRsvp>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select({
      eventId: communityEventRsvps.eventId,
      status: communityEventRsvps.status,
      respondedAt: communityEventRsvps.respondedAt,
      waitingPosition,
    })
    .from(communityEventRsvps)
    .where(and(eq(communityEventRsvps.userId, userId), inArray(communityEventRsvps.eventId, eventIds)));
  return new Map(rows.map(({ eventId, ...rsvp }) => [eventId, rsvp]));
}

/** Which of these events the member was invited to. */
export async function invitedTo(db: DbOrTx, userId: string, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db
    .select({ eventId: communityEventInvitations.eventId })
    .from(communityEventInvitations)
    .where(and(eq(communityEventInvitations.userId, userId), inArray(communityEventInvitations.eventId, eventIds)));
  return new Set(rows.map((r) => r.eventId));
}

export async function findRsvp(db: DbOrTx, eventId: string, userId: string): Promise<RsvpRow | undefined> {
  const [row] = await db
    .select()
    .from(communityEventRsvps)
    .where(and(eq(communityEventRsvps.eventId, eventId), eq(communityEventRsvps.userId, userId)))
    .limit(1);
  return row;
}

/** One RSVP per member per event: the primary key makes answering again an update. */
export async function upsertRsvp(
  db: DbOrTx,
  values: { eventId: string; userId: string; status: CommunityRsvpStatus; waitlistedAt: Date | null; now: Date },
): Promise<void> {
  const { now, ...rsvp } = values;
  await db
    .insert(communityEventRsvps)
    .values({ ...rsvp, respondedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [communityEventRsvps.eventId, communityEventRsvps.userId],
      set: { status: rsvp.status, waitlistedAt: rsvp.waitlistedAt, respondedAt: now, updatedAt: now },
    });
}

export async function deleteRsvp(db: DbOrTx, eventId: string, userId: string): Promise<RsvpRow | undefined> {
  const [row] = await db
    .delete(communityEventRsvps)
    .where(and(eq(communityEventRsvps.eventId, eventId), eq(communityEventRsvps.userId, userId)))
    .returning();
  return row;
}

export async function countAttending(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(communityEventRsvps)
    .where(and(eq(communityEventRsvps.eventId, eventId), eq(communityEventRsvps.status, 'attending')));
  return row?.n ?? 0;
}

/** The first `limit` on the waiting list, in the order they joined it. */
export async function firstWaiting(db: DbOrTx, eventId: string, limit: number): Promise<string[]> {
  if (limit < 1) return [];
  const rows = await db
    .select({ userId: communityEventRsvps.userId })
    .from(communityEventRsvps)
    .where(and(eq(communityEventRsvps.eventId, eventId), eq(communityEventRsvps.status, 'waitlisted')))
    .orderBy(asc(communityEventRsvps.waitlistedAt), asc(communityEventRsvps.userId))
    .limit(limit);
  return rows.map((r) => r.userId);
}

export async function promoteRsvps(db: DbOrTx, eventId: string, userIds: string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .update(communityEventRsvps)
    .set({ status: 'attending', waitlistedAt: null, updatedAt: now })
    .where(and(eq(communityEventRsvps.eventId, eventId), inArray(communityEventRsvps.userId, userIds)));
}

export interface Participant {
  userId: string;
  email: string;
  displayName: string;
}

/** Active users with one of these RSVP statuses, for emails. */
export async function participants(db: DbOrTx, eventId: string, statuses: CommunityRsvpStatus[]): Promise<Participant[]> {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName })
    .from(communityEventRsvps)
    .innerJoin(users, eq(users.id, communityEventRsvps.userId))
    .where(and(eq(communityEventRsvps.eventId, eventId), inArray(communityEventRsvps.status, statuses), eq(users.active, true)))
    .orderBy(asc(users.id));
}

export async function usersByIds(db: DbOrTx, userIds: string[]): Promise<Participant[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, userIds));
}

/** Everyone who answered: attending, then the waiting list in order, then maybe, then no. */
/** One page of an event's replies: attending, the waiting list in order, maybe, no (user id breaks ties). */
/** One reply as the editors' list of who replied reads it. */
export type AttendeeRow = Awaited<ReturnType<typeof attendeeRows>>['items'][number];

export async function attendeeRows(db: DbOrTx, eventId: string, page: PageRequest) {
  const where = eq(communityEventRsvps.eventId, eventId);
  const [totalRow] = await db.select({ n: count() }).from(communityEventRsvps).where(where);
  const rows = await db
    .select({
      userId: communityEventRsvps.userId,
      displayName: users.displayName,
      status: communityEventRsvps.status,
      respondedAt: communityEventRsvps.respondedAt,
      waitingPosition,
    })
    .from(communityEventRsvps)
    .innerJoin(users, eq(users.id, communityEventRsvps.userId))
    .where(where)
    .orderBy(
      sql`array_position(ARRAY['attending','waitlisted','maybe','declined']::community_rsvp_status[], ${communityEventRsvps.status})`,
      asc(communityEventRsvps.waitlistedAt),
      asc(users.displayName),
      asc(communityEventRsvps.userId),
    )
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return pageResult(rows, totalRow?.n ?? 0, page);
}

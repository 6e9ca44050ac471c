import type { SafeguardingStatus } from '@kith/shared';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type PageRequest } from '../../db/paging.ts';
import {
  memberships,
  people,
  safeguardingConcerns,
  safeguardingEvents,
  safeguardingNotifications,
  users,
} from '../../db/schema/index.ts';
import { organisationAndAncestors } from './safeguarding-lead-repository.ts';

export type ConcernRow = typeof safeguardingConcerns.$inferSelect;

export async function findConcern(db: DbOrTx, id: string): Promise<ConcernRow | undefined> {
  const [row] = await db.select().from(safeguardingConcerns).where(eq(safeguardingConcerns.id, id)).limit(1);
  return row;
}

export async function insertConcern(db: DbOrTx, values: typeof safeguardingConcerns.$inferInsert): Promise<ConcernRow> {
  const [row] = await db.insert(safeguardingConcerns).values(values).returning();
  if (!row) throw new Error('insert returned no safeguarding concern');
  return row;
}

export async function insertEvent(db: DbOrTx, values: typeof safeguardingEvents.$inferInsert): Promise<void> {
  await db.insert(safeguardingEvents).values(values);
}

/** A move of one concern: from the status that was read, to the new one, with the closing outcome. */
export interface ConcernMove {
  id: string;
  from: SafeguardingStatus;
  to: SafeguardingStatus;
  outcome: string | null;
  at: Date;
}

/**
 * Moves a concern only if it is still in `from`, so two people acting at once cannot both
 * succeed. Returns false when someone else moved it first.
 */
export async function moveConcern(db: DbOrTx, { id, from, to, outcome, at }: ConcernMove): Promise<boolean> {
  const rows = await db
    .update(safeguardingConcerns)
    .set({ status: to, updatedAt: at, ...(outcome === null ? {} : { outcome }) })
    .where(and(eq(safeguardingConcerns.id, id), eq(safeguardingConcerns.status, from)))
    .returning({ id: safeguardingConcerns.id });
  return rows.length === 1;
}

export async function listConcernRowsForPerson(db: DbOrTx, personId: string): Promise<ConcernRow[]> {
  return db
    .select()
    .from(safeguardingConcerns)
    .where(eq(safeguardingConcerns.personId, personId))
    .orderBy(desc(safeguardingConcerns.createdAt));
}

export interface ConcernEventRow {
  concernId: string;
  from: SafeguardingStatus | null;
  to: SafeguardingStatus;
  note: string | null;
  actorName: string | null;
  at: Date;
}

/** Every change of the given concerns, oldest first, with the names of who made them. */
export async function findConcernEvents(db: DbOrTx, concernIds: string[]): Promise<ConcernEventRow[]> {
  if (concernIds.length === 0) return [];
  return db
    .select({
      concernId: safeguardingEvents.concernId,
      from: safeguardingEvents.fromStatus,
      to: safeguardingEvents.toStatus,
      note: safeguardingEvents.note,
      actorName: users.displayName,
      at: safeguardingEvents.at,
    })
    .from(safeguardingEvents)
    .leftJoin(users, eq(users.id, safeguardingEvents.actorUserId))
    .where(inArray(safeguardingEvents.concernId, concernIds))
    .orderBy(asc(safeguardingEvents.at), asc(safeguardingEvents.id));
}

/** Names of the people concerns are about and of who raised them, by id. */
export interface ConcernNames {
  people: Map<string, string>;
  users: Map<string, string>;
}

export async function findConcernNames(db: DbOrTx, rows: ConcernRow[]): Promise<ConcernNames> {
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const userIds = [...new Set(rows.flatMap((r) => (r.raisedBy ? [r.raisedBy] : [])))];
  const personRows = personIds.length
    ? await db
        .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
        .from(people)
        .where(inArray(people.id, personIds))
    : [];
  const userRows = userIds.length
    ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
    : [];
  return {
    people: new Map(personRows.map((p) => [p.id, `${p.givenName} ${p.familyName}`])),
    users: new Map(userRows.map((u) => [u.id, u.name])),
  };
}

export interface Recipient {
  userId: string;
  name: string;
}

/** Active users who hold a supervisor role in the organisation or any organisation above it. */
export async function findSupervisorsCovering(db: DbOrTx, organisationId: string): Promise<Recipient[]> {
  const orgIds = await organisationAndAncestors(db, organisationId);
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ userId: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organisationId, orgIds), eq(memberships.role, 'supervisor'), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));
  return rows;
}

export async function insertNotifications(db: DbOrTx, concernId: string, userIds: string[], at: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insert(safeguardingNotifications)
    .values(userIds.map((userId) => ({ concernId, userId, createdAt: at })))
    .onConflictDoNothing();
}

export async function isNotified(db: DbOrTx, concernId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: safeguardingNotifications.id })
    .from(safeguardingNotifications)
    .where(and(eq(safeguardingNotifications.concernId, concernId), eq(safeguardingNotifications.userId, userId)))
    .limit(1);
  return row !== undefined;
}

/** The user has seen the concern: their notification (if any) is no longer unread. */
export async function markNotificationRead(db: DbOrTx, concernId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(safeguardingNotifications)
    .set({ readAt: at })
    .where(
      and(
        eq(safeguardingNotifications.concernId, concernId),
        eq(safeguardingNotifications.userId, userId),
        isNull(safeguardingNotifications.readAt),
      ),
    );
}

export interface InboxRow {
  concern: ConcernRow;
  notifiedAt: Date;
  readAt: Date | null;
}

/** One page of the concerns the user was notified about: unread first, then newest first. */
export async function listInbox(
  db: DbOrTx,
  userId: string,
  page: PageRequest,
): Promise<{ rows: InboxRow[]; total: number; unread: number }> {
  const [counts] = await db
    .select({ n: count(), unread: sql<number>`count(*) FILTER (WHERE ${safeguardingNotifications.readAt} IS NULL)::int` })
    .from(safeguardingNotifications)
    .where(eq(safeguardingNotifications.userId, userId));
  const rows = await db
    .select({
      concern: safeguardingConcerns,
      notifiedAt: safeguardingNotifications.createdAt,
      readAt: safeguardingNotifications.readAt,
    })
    .from(safeguardingNotifications)
    .innerJoin(safeguardingConcerns, eq(safeguardingConcerns.id, safeguardingNotifications.concernId))
    .where(eq(safeguardingNotifications.userId, userId))
    .orderBy(
      sql`${safeguardingNotifications.readAt} IS NULL DESC`,
      desc(safeguardingNotifications.createdAt),
      desc(safeguardingNotifications.id),
    )
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return { rows, total: counts?.n ?? 0, unread: counts?.unread ?? 0 };
}

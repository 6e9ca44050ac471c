import { allowedSafeguardingTransitions, type InboxItem, type SafeguardingConcern, type SafeguardingStatus } from '@kith/shared';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import {
  memberships,
  people,
  referrals,
  safeguardingConcerns,
  safeguardingEvents,
  safeguardingNotifications,
  users,
} from '../../db/schema/index.ts';
import { organisationAndAncestors } from './safeguarding-lead-repository.ts';

export type ConcernRow = typeof safeguardingConcerns.$inferSelect;

/** The person a concern is about, with the PCN that holds their record. */
export async function findPersonOrganisation(
  db: DbOrTx,
  personId: string,
): Promise<{ id: string; organisationId: string } | undefined> {
  const [row] = await db
    .select({ id: people.id, organisationId: people.organisationId })
    .from(people)
    .where(eq(people.id, personId))
    .limit(1);
  return row;
}

/** The person a referral is for, to check a concern names a referral of the same person. */
export async function findReferralPersonId(db: DbOrTx, referralId: string): Promise<string | undefined> {
  const [row] = await db.select({ personId: referrals.personId }).from(referrals).where(eq(referrals.id, referralId)).limit(1);
  return row?.personId;
}

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

/**
 * Moves a concern only if it is still in `from`, so two people acting at once cannot both
 * succeed. Returns false when someone else moved it first.
 */
export async function moveConcern(
  db: DbOrTx,
  id: string,
  from: SafeguardingStatus,
  to: SafeguardingStatus,
  outcome: string | null,
  at: Date,
): Promise<boolean> {
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

/** Full views of concerns: person and raiser names, history with actor names, next states. */
export async function toConcernViews(db: DbOrTx, rows: ConcernRow[]): Promise<SafeguardingConcern[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const names = await namesFor(db, rows);
  const events = await db
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
    .where(inArray(safeguardingEvents.concernId, ids))
    .orderBy(asc(safeguardingEvents.at), asc(safeguardingEvents.id));
  return rows.map((row) => ({
    ...toSummary(row, names),
    events: events
      .filter((e) => e.concernId === row.id)
      .map((e) => ({ from: e.from, to: e.to, note: e.note, actorName: e.actorName, at: e.at.toISOString() })),
  }));
}

type Names = { people: Map<string, string>; users: Map<string, string> };

async function namesFor(db: DbOrTx, rows: ConcernRow[]): Promise<Names> {
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

function toSummary(row: ConcernRow, names: Names): Omit<SafeguardingConcern, 'events'> {
  return {
    id: row.id,
    organisationId: row.organisationId,
    personId: row.personId,
    personName: names.people.get(row.personId) ?? '',
    referralId: row.referralId,
    category: row.category,
    description: row.description,
    immediateRisk: row.immediateRisk,
    status: row.status,
    outcome: row.outcome,
    raisedByName: row.raisedBy ? (names.users.get(row.raisedBy) ?? null) : null,
    raisedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedTransitions: [...allowedSafeguardingTransitions(row.status)],
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

/** One page of the concerns the user was notified about: unread first, then newest first. */
export async function listInbox(db: DbOrTx, userId: string, page: PageRequest): Promise<Page<InboxItem> & { unread: number }> {
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
  const names = await namesFor(
    db,
    rows.map((r) => r.concern),
  );
  const items = rows.map((r) => ({
    ...toSummary(r.concern, names),
    notifiedAt: r.notifiedAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
  return { ...pageResult(items, counts?.n ?? 0, page), unread: counts?.unread ?? 0 };
}

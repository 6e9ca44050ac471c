import type { SupervisionSessionSummary, SupervisionType } from '@kith/shared';
import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { organisations, supervisionSessions, users } from '../../db/schema/index.ts';

export type SessionRow = typeof supervisionSessions.$inferSelect;

/** The date of a supervisee's last session of one type. */
export interface LastSessionOfType {
  superviseeUserId: string;
  type: SupervisionType;
  lastOn: string;
}

export async function findSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(supervisionSessions).where(eq(supervisionSessions.id, id)).limit(1);
  return row;
}

export async function insertSession(db: DbOrTx, values: typeof supervisionSessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(supervisionSessions).values(values).returning();
  if (!row) throw new Error('insert returned no supervision session');
  return row;
}

export async function updateSessionNotes(db: DbOrTx, id: string, privateNotes: string, at: Date): Promise<void> {
  await db.update(supervisionSessions).set({ privateNotes, updatedAt: at }).where(eq(supervisionSessions.id, id));
}

const supervisor = alias(users, 'supervisor');
const supervisee = alias(users, 'supervisee');

/**
 * Sessions as listed — the notes column is never selected here, so a list cannot leak them.
 * `visible` is the caller's visibility rule (their own sessions, or PCNs they oversee).
 */
export async function listSessionSummaries(
  db: DbOrTx,
  filter: { visibleToUserId: string; overseenPcnIds: string[]; pcnId?: string | undefined; userId?: string | undefined },
  page: PageRequest,
): Promise<Page<SupervisionSessionSummary>> {
  const own = or(
    eq(supervisionSessions.supervisorUserId, filter.visibleToUserId),
    eq(supervisionSessions.superviseeUserId, filter.visibleToUserId),
  );
  const visible: SQL | undefined =
    filter.overseenPcnIds.length > 0 ? or(own, inArray(supervisionSessions.pcnId, filter.overseenPcnIds)) : own;
  const conditions = [
    visible,
    filter.pcnId ? eq(supervisionSessions.pcnId, filter.pcnId) : undefined,
    filter.userId
      ? or(eq(supervisionSessions.supervisorUserId, filter.userId), eq(supervisionSessions.superviseeUserId, filter.userId))
      : undefined,
  ];
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(supervisionSessions).where(where);
  return pageResult(await selectSummaries(db, where, page), totalRow?.n ?? 0, page);
}

export async function findSessionSummary(db: DbOrTx, id: string): Promise<SupervisionSessionSummary | undefined> {
  const [row] = await selectSummaries(db, eq(supervisionSessions.id, id));
  return row;
}

async function selectSummaries(db: DbOrTx, where: SQL | undefined, page?: PageRequest): Promise<SupervisionSessionSummary[]> {
  const query = db
    .select({
      id: supervisionSessions.id,
      pcnId: supervisionSessions.pcnId,
      pcnName: organisations.name,
      type: supervisionSessions.type,
      heldOn: supervisionSessions.heldOn,
      supervisorUserId: supervisionSessions.supervisorUserId,
      supervisorName: supervisor.displayName,
      superviseeUserId: supervisionSessions.superviseeUserId,
      superviseeName: supervisee.displayName,
      otherAttendees: supervisionSessions.otherAttendees,
    })
    .from(supervisionSessions)
    .innerJoin(organisations, eq(organisations.id, supervisionSessions.pcnId))
    .innerJoin(supervisor, eq(supervisor.id, supervisionSessions.supervisorUserId))
    .innerJoin(supervisee, eq(supervisee.id, supervisionSessions.superviseeUserId))
    .where(where)
    .orderBy(desc(supervisionSessions.heldOn), desc(supervisionSessions.createdAt), desc(supervisionSessions.id))
    .$dynamic();
  return page ? query.limit(page.pageSize).offset(offsetOf(page)) : query;
}

/** The last session of each type for each of `superviseeIds` in the PCN. */
export async function lastSessionsByType(db: DbOrTx, pcnId: string, superviseeIds: string[]): Promise<LastSessionOfType[]> {
  if (superviseeIds.length === 0) return [];
  return db
    .select({
      superviseeUserId: supervisionSessions.superviseeUserId,
      type: supervisionSessions.type,
      lastOn: sql<string>`max(${supervisionSessions.heldOn})::text`,
    })
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.pcnId, pcnId), inArray(supervisionSessions.superviseeUserId, superviseeIds)))
    .groupBy(supervisionSessions.superviseeUserId, supervisionSessions.type);
}

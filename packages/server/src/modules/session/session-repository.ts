import { and, asc, eq, lt, or } from 'drizzle-orm';
import type { ActorMembership } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, sessions, users } from '../../db/schema/index.ts';

export interface SessionRow {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(db: DbOrTx, row: SessionRow & { userAgent: string | null }): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The session and its active user, or undefined. Expiry is judged by the caller. */
export async function findSessionWithUser(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      session: sessions,
      user: { id: users.id, email: users.email, displayName: users.displayName },
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.active, true)))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** The user's roles in active organisations, in a stable order. */
export async function listActiveMemberships(db: DbOrTx, userId: string): Promise<ActorMembership[]> {
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, and(eq(organisations.id, memberships.organisationId), eq(organisations.active, true)))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(memberships.role));
}

export async function touchSession(db: DbOrTx, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions past their absolute expiry or idle for longer than allowed. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleCutoff: Date): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)));
}

export async function findUserForSignIn(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

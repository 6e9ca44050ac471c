import { eq, lt, or, sql } from 'drizzle-orm';
import type { ActorMembership } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { communityProfiles, memberships, organisations, sessions, users } from '../../db/schema/index.ts';

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

export interface SessionActorRow {
  userId: string;
  email: string;
  displayName: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  memberships: ActorMembership[];
}

/**
 * The session, its active user and their roles in active organisations, in one round trip:
 * this runs on every authenticated request. Expiry is judged by the caller.
 */
export async function findSessionActor(db: DbOrTx, tokenHash: string): Promise<SessionActorRow | undefined> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, u.email, u.display_name,
      COALESCE((
        SELECT json_agg(json_build_object(
          'organisationId', m.organisation_id, 'organisationName', o.name,
          'organisationKind', o.kind, 'role', m.role) ORDER BY o.name, m.role)
        FROM ${memberships} m JOIN ${organisations} o ON o.id = m.organisation_id AND o.active
        WHERE m.user_id = s.user_id), '[]'::json) AS memberships
    FROM ${sessions} s JOIN ${users} u ON u.id = s.user_id AND u.active
    WHERE s.token_hash = ${tokenHash}`);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    userId: String(row.user_id),
    email: String(row.email),
    displayName: String(row.display_name),
    csrfToken: String(row.csrf_token),
    lastSeenAt: new Date(row.last_seen_at as string | Date),
    expiresAt: new Date(row.expires_at as string | Date),
    memberships: (typeof row.memberships === 'string' ? JSON.parse(row.memberships) : row.memberships) as ActorMembership[],
  };
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
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      // A self-registered community member who has not opened the verification link yet.
      emailUnverified: sql<boolean>`(${communityProfiles.userId} IS NOT NULL AND ${communityProfiles.emailVerifiedAt} IS NULL)`,
    })
    .from(users)
    .leftJoin(communityProfiles, eq(communityProfiles.userId, users.id))
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

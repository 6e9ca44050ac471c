import type { MembershipGrant, MembershipView, UserListQuery } from '@kith/shared';
import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/index.ts';
import { escapeLike } from '../organisations/organisation-repository.ts';

export interface UserFilter extends UserListQuery {
  /** Only users holding a role in one of these organisations, and only those roles are shown. */
  organisationIds: string[];
}

export type UserRow = typeof users.$inferSelect;

/** An account with the roles it holds in the organisations the reader may see. */
export interface UserWithMemberships {
  user: UserRow;
  memberships: MembershipView[];
}

export async function listUsers(db: DbOrTx, filter: UserFilter): Promise<{ items: UserWithMemberships[]; total: number }> {
  const orgIds = filter.organisationId
    ? filter.organisationIds.filter((id) => id === filter.organisationId)
    : filter.organisationIds;
  if (orgIds.length === 0) return { items: [], total: 0 };
  const inScope = db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.organisationId, orgIds), filter.role ? eq(memberships.role, filter.role) : undefined));
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : null;
  const where = and(
    inArray(users.id, inScope),
    pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.displayName), asc(users.email))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const views = await membershipViews(
    db,
    rows.map((r) => r.id),
    filter.organisationIds,
  );
  return { items: rows.map((user) => ({ user, memberships: views.get(user.id) ?? [] })), total: totalRow?.n ?? 0 };
}

export async function findUser(
  db: DbOrTx,
  id: string,
  visibleOrganisationIds: string[],
): Promise<UserWithMemberships | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) return undefined;
  const views = await membershipViews(db, [id], visibleOrganisationIds);
  return { user, memberships: views.get(id) ?? [] };
}

export async function findUserIdByEmail(db: DbOrTx, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return row?.id;
}

/** Organisation ids where the user holds any role. */
export async function membershipOrganisationIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: memberships.organisationId }).from(memberships).where(eq(memberships.userId, userId));
  return [...new Set(rows.map((r) => r.id))];
}

export async function insertUser(
  db: DbOrTx,
  values: { email: string; displayName: string; passwordHash: string },
): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateUserRow(
  db: DbOrTx,
  id: string,
  values: Partial<{ email: string; displayName: string; passwordHash: string; active: boolean }>,
): Promise<void> {
  await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));
}

/**
 * Replaces the user's roles within `organisationIds` (the admin's scope) with `grants`; roles
 * the user holds elsewhere are left alone.
 */
export async function replaceMembershipsWithin(
  db: DbOrTx,
  userId: string,
  organisationIds: string[],
  grants: MembershipGrant[],
): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.userId, userId), inArray(memberships.organisationId, organisationIds)));
  const unique = [...new Map(grants.map((g) => [`${g.organisationId}:${g.role}`, g])).values()];
  if (unique.length > 0) {
    await db.insert(memberships).values(unique.map((g) => ({ userId, organisationId: g.organisationId, role: g.role })));
  }
}

/** Adds one role, doing nothing if the user already holds it there. */
export async function grantMembership(db: DbOrTx, grant: MembershipGrant & { userId: string }): Promise<void> {
  await db.insert(memberships).values(grant).onConflictDoNothing();
}

async function membershipViews(db: DbOrTx, userIds: string[], visibleOrganisationIds: string[]) {
  const byUser = new Map<string, MembershipView[]>();
  if (userIds.length === 0 || visibleOrganisationIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(inArray(memberships.userId, userIds), inArray(memberships.organisationId, visibleOrganisationIds)))
    .orderBy(asc(organisations.name), asc(sql`${memberships.role}::text`));
  for (const { userId, ...view } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), view]);
  return byUser;
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, safeguardingLeads, users } from '../../db/schema/index.ts';

export interface LeadRow {
  userId: string;
  name: string;
  email: string;
}

/** The organisation's designated safeguarding leads whose accounts are active. */
export async function findActiveLeads(db: DbOrTx, organisationId: string): Promise<LeadRow[]> {
  return db
    .select({ userId: users.id, name: users.displayName, email: users.email })
    .from(safeguardingLeads)
    .innerJoin(users, eq(users.id, safeguardingLeads.userId))
    .where(and(eq(safeguardingLeads.organisationId, organisationId), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Every designated lead, active or not, so an admin sees the whole list they manage. */
export async function findLeads(db: DbOrTx, organisationId: string): Promise<LeadRow[]> {
  return db
    .select({ userId: users.id, name: users.displayName, email: users.email })
    .from(safeguardingLeads)
    .innerJoin(users, eq(users.id, safeguardingLeads.userId))
    .where(eq(safeguardingLeads.organisationId, organisationId))
    .orderBy(asc(users.displayName), asc(users.id));
}

export async function isLeadOf(db: DbOrTx, organisationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: safeguardingLeads.userId })
    .from(safeguardingLeads)
    .innerJoin(users, eq(users.id, safeguardingLeads.userId))
    .where(
      and(eq(safeguardingLeads.organisationId, organisationId), eq(safeguardingLeads.userId, userId), eq(users.active, true)),
    )
    .limit(1);
  return row !== undefined;
}

export async function replaceLeads(db: DbOrTx, organisationId: string, userIds: string[]): Promise<void> {
  await db.delete(safeguardingLeads).where(eq(safeguardingLeads.organisationId, organisationId));
  if (userIds.length === 0) return;
  await db.insert(safeguardingLeads).values(userIds.map((userId) => ({ organisationId, userId })));
}

export async function findOrganisationKind(db: DbOrTx, organisationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row?.kind;
}

/**
 * Of `userIds`, the active users whose roles reach the organisation: a membership in it or in
 * an organisation above it (a role applies to its organisation and everything below).
 */
export async function usersReaching(db: DbOrTx, organisationId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const orgIds = await organisationAndAncestors(db, organisationId);
  if (orgIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.userId, userIds), inArray(memberships.organisationId, orgIds), eq(users.active, true)));
  return new Set(rows.map((r) => r.userId));
}

/** The organisation and every organisation above it, walking the tree upwards in one query. */
export async function organisationAndAncestors(db: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE chain(id, parent_id) AS (
      SELECT id, parent_id FROM ${organisations} WHERE id = ${organisationId}
      UNION
      SELECT o.id, o.parent_id FROM ${organisations} o JOIN chain ON o.id = chain.parent_id
    )
    SELECT id FROM chain`);
  return rows.rows.map((r) => r.id);
}

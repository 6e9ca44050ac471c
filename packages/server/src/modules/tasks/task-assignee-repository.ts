import type { Role } from '@kith/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/index.ts';

/**
 * The organisations where an active user holds one of `roles` (the roots of their scope for a
 * permission those roles grant); empty for an unknown or deactivated user.
 */
export async function membershipOrganisationsOf(db: DbOrTx, userId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(users.active, true), inArray(memberships.role, [...roles])));
  return [...new Set(rows.map((r) => r.organisationId))];
}

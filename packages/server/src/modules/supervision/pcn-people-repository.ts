import type { Role } from '@kith/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { withDescendants } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/index.ts';

/** A PCN by id, or undefined when there is no such organisation or it is not a PCN. */
export async function findPcn(db: DbOrTx, id: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.kind, 'pcn')))
    .limit(1);
  return row;
}

/** The PCNs among `organisationIds`, by name. */
export async function pcnsAmong(db: DbOrTx, organisationIds: string[]): Promise<{ id: string; name: string }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(inArray(organisations.id, organisationIds), eq(organisations.kind, 'pcn')))
    .orderBy(asc(organisations.name));
}

export interface PcnPerson {
  userId: string;
  name: string;
  roles: Role[];
}

/**
 * Active users with a membership in the PCN or below it (its practices), with the roles they
 * hold there. A role held in a practice counts: its GPs can give clinical supervision.
 */
export async function peopleOfPcn(db: DbOrTx, pcnId: string, role?: Role): Promise<PcnPerson[]> {
  const orgIds = await withDescendants(db, [pcnId]);
  const rows = await db
    .select({ userId: users.id, name: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organisationId, orgIds),
        eq(users.active, true),
        role === undefined ? undefined : eq(memberships.role, role),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
  const byUser = new Map<string, PcnPerson>();
  for (const row of rows) {
    const person = byUser.get(row.userId) ?? { userId: row.userId, name: row.name, roles: [] };
    if (!person.roles.includes(row.role)) person.roles.push(row.role);
    byUser.set(row.userId, person);
  }
  return [...byUser.values()];
}

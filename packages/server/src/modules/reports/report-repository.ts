import type { OrganisationKind } from '@kith/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/index.ts';

/**
 * The queries every report shares outside its builder: the organisations and workers a caller's
 * scope and filters are checked against, and the transaction a report runs in. The builders'
 * own SQL lives in their folders.
 */

/** Roles whose caseloads the pressure report and the worker filter cover. */
const CASELOAD_ROLES = ['link_worker', 'supervisor'] as const;

export interface ScopeOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
}

/** The given organisations, by name. */
export async function organisationsIn(db: DbOrTx, organisationIds: string[]): Promise<ScopeOrganisation[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, parentId: organisations.parentId })
    .from(organisations)
    .where(inArray(organisations.id, organisationIds))
    .orderBy(asc(organisations.name));
}

/** Link workers and supervisors who are members of these PCNs, by name. */
export async function workersIn(db: DbOrTx, pcnIds: string[]): Promise<{ id: string; name: string }[]> {
  if (pcnIds.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organisationId, pcnIds), inArray(memberships.role, [...CASELOAD_ROLES])))
    .orderBy(asc(users.displayName));
}

/**
 * Runs a report's queries with PostgreSQL's JIT compiler off. Reports are a few large aggregate
 * statements with many expressions, which JIT spends longer compiling than running (measured on a
 * busy 2-core machine with 400,000 referrals: one PCN's funnel 5.5 s with JIT, 0.4 s without; the
 * whole ICB's 12 s and 5 s). SET LOCAL needs a transaction and lasts only for it; PGlite has no
 * JIT and accepts the setting.
 */
export async function withoutJit<T>(db: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return work(tx);
  });
}

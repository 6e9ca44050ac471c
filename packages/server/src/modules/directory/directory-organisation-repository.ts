import type { DirectoryOrganisationInput } from '@kith/shared';
import { and, asc, count, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryOrganisations, organisations } from '../../db/schema/index.ts';
import { upsertById } from './bulk-upsert-repository.ts';

/**
 * Directory organisations (ORUK organization) with their count of services in search
 * (directory-organisation-view.ts shapes them for the API).
 */

export interface OrganisationWithCount {
  o: typeof directoryOrganisations.$inferSelect;
  serviceCount: number;
}

export interface OrganisationFilter {
  q?: string;
  /** null: every organisation; otherwise only those linked to these Kith organisations. */
  kithOrganisationIds: string[] | null;
  limit: number;
  offset: number;
}

/** Services in search (not archived), counted per organisation through dir_services_org_idx. */
const serviceCount = sql<number>`(SELECT count(*)::int FROM dir_services s
  WHERE s.organization_id = dir_organizations.id AND s.archived_at IS NULL)`;

function whereOf(filter: Pick<OrganisationFilter, 'q' | 'kithOrganisationIds'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q) conditions.push(ilike(directoryOrganisations.name, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.kithOrganisationIds !== null) {
    conditions.push(
      filter.kithOrganisationIds.length > 0
        ? inArray(directoryOrganisations.kithOrganisationId, filter.kithOrganisationIds)
        : sql`false`,
    );
  }
  return and(...conditions);
}

export async function listDirectoryOrganisations(
  db: DbOrTx,
  filter: OrganisationFilter,
): Promise<{ rows: OrganisationWithCount[]; total: number }> {
  const where = whereOf(filter);
  const rows = await db
    .select({ o: directoryOrganisations, serviceCount })
    .from(directoryOrganisations)
    .where(where)
    .orderBy(asc(directoryOrganisations.name), asc(directoryOrganisations.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [counted] = await db.select({ total: count() }).from(directoryOrganisations).where(where);
  return { rows, total: counted?.total ?? 0 };
}

export async function findDirectoryOrganisation(db: DbOrTx, id: string): Promise<OrganisationWithCount | null> {
  const [row] = await db
    .select({ o: directoryOrganisations, serviceCount })
    .from(directoryOrganisations)
    .where(eq(directoryOrganisations.id, id))
    .limit(1);
  return row ?? null;
}

function columnsOf(input: DirectoryOrganisationInput) {
  return {
    name: input.name,
    description: input.description,
    email: input.email ?? null,
    website: input.website ?? null,
    kithOrganisationId: input.kithOrganisationId ?? null,
  };
}

export async function insertDirectoryOrganisation(db: DbOrTx, input: DirectoryOrganisationInput): Promise<string> {
  const [row] = await db.insert(directoryOrganisations).values(columnsOf(input)).returning({ id: directoryOrganisations.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateDirectoryOrganisation(db: DbOrTx, id: string, input: DirectoryOrganisationInput): Promise<void> {
  await db
    .update(directoryOrganisations)
    .set({ ...columnsOf(input), updatedAt: new Date() })
    .where(eq(directoryOrganisations.id, id));
}

/**
 * Organisations by id in bulk (imports): a new one is created at `at`; an existing one has the
 * columns the rows carry overwritten and keeps its creation time and anything not carried (its
 * Kith link).
 */
export async function upsertDirectoryOrganisations(
  db: DbOrTx,
  rows: readonly (Omit<typeof directoryOrganisations.$inferInsert, 'createdAt' | 'updatedAt'> & { id: string })[],
  at: Date,
): Promise<void> {
  await upsertById(
    db,
    directoryOrganisations,
    rows.map((row) => ({ ...row, createdAt: at, updatedAt: at })),
    { keep: ['createdAt'] },
  );
}

/** The kind of a Kith organisation, for checking a link; null when there is none. */
export async function kithOrganisationKind(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, id)).limit(1);
  return row?.kind ?? null;
}

import type { OrganisationKind } from '@kith/shared';
import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organisations, vcsePcnLinks } from '../../db/schema/index.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export interface OrganisationWithServedPcns {
  organisation: OrganisationRow;
  servesPcnIds: string[];
}

export interface OrganisationFilter {
  organisationIds: string[];
  kind?: OrganisationKind;
  q?: string;
  includeInactive: boolean;
}

export async function listOrganisations(db: DbOrTx, filter: OrganisationFilter): Promise<OrganisationWithServedPcns[]> {
  if (filter.organisationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(organisations)
    .where(
      and(
        inArray(organisations.id, filter.organisationIds),
        filter.kind ? eq(organisations.kind, filter.kind) : undefined,
        filter.q ? ilike(organisations.name, `%${escapeLike(filter.q)}%`) : undefined,
        filter.includeInactive ? undefined : eq(organisations.active, true),
      ),
    )
    .orderBy(asc(organisations.name));
  return withServedPcns(db, rows);
}

export async function findOrganisation(db: DbOrTx, id: string): Promise<OrganisationWithServedPcns | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return (await withServedPcns(db, rows))[0];
}

export async function findOrganisationsByIds(db: DbOrTx, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

export async function findByOdsCode(db: DbOrTx, odsCode: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.odsCode, odsCode)).limit(1);
  return row;
}

export async function insertOrganisation(
  db: DbOrTx,
  values: { name: string; kind: OrganisationKind; odsCode: string | null; parentId: string | null },
): Promise<string> {
  const [row] = await db.insert(organisations).values(values).returning({ id: organisations.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateOrganisationRow(
  db: DbOrTx,
  id: string,
  values: Partial<{ name: string; odsCode: string | null; parentId: string | null; active: boolean }>,
): Promise<void> {
  await db
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organisations.id, id));
}

export async function replaceServedPcns(db: DbOrTx, vcseId: string, pcnIds: string[]): Promise<void> {
  await db.delete(vcsePcnLinks).where(eq(vcsePcnLinks.vcseId, vcseId));
  if (pcnIds.length > 0) await db.insert(vcsePcnLinks).values(pcnIds.map((pcnId) => ({ vcseId, pcnId })));
}

/** Each organisation with the PCNs it serves (only VCSE organisations serve any). */
async function withServedPcns(db: DbOrTx, rows: OrganisationRow[]): Promise<OrganisationWithServedPcns[]> {
  const vcseIds = rows.filter((r) => r.kind === 'vcse').map((r) => r.id);
  const links = vcseIds.length ? await db.select().from(vcsePcnLinks).where(inArray(vcsePcnLinks.vcseId, vcseIds)) : [];
  return rows.map((organisation) => ({
    organisation,
    servesPcnIds: links.filter((l) => l.vcseId === organisation.id).map((l) => l.pcnId),
  }));
}

/** Escapes LIKE wildcards so a search for "100%" means the text, not a pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

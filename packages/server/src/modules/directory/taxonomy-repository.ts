import type { Taxonomy, TaxonomyTerm, TaxonomyTermInput } from '@kith/shared';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomies, directoryTaxonomyTerms } from '../../db/schema/index.ts';
import { insertMissing, upsertById } from './bulk-upsert-repository.ts';

/** Taxonomies and their term trees (ORUK taxonomy, taxonomy_term). */

/** Deeper than any real taxonomy; stops a walk over imported data that loops. */
const MAX_DEPTH = 20;

export async function listTaxonomies(db: DbOrTx): Promise<Taxonomy[]> {
  const rows = await db.select().from(directoryTaxonomies).orderBy(asc(directoryTaxonomies.name));
  return rows.map((t) => ({ id: t.id, name: t.name, description: t.description, uri: t.uri }));
}

interface TermRow extends Record<string, unknown> {
  id: string;
  taxonomy_id: string;
  parent_id: string | null;
  code: string | null;
  name: string;
  description: string;
  depth: number;
}

/**
 * Every term in tree order — each parent followed by its children, siblings by name — with its
 * depth, walked in one recursive query. A term whose parent is missing (a partial import) is
 * shown at the top level rather than lost; terms outside any taxonomy are not listed.
 */
export async function listTermsInTreeOrder(db: DbOrTx, termId: string | null = null): Promise<TaxonomyTerm[]> {
  const result = await db.execute<TermRow>(sql`
    WITH RECURSIVE tree AS (
      SELECT t.id, t.taxonomy_id, t.parent_id, t.code, t.name, t.description, 0 AS depth,
        ARRAY[coalesce(x.name, ''), lower(t.name), t.id::text] AS path
      FROM dir_taxonomy_terms t JOIN dir_taxonomies x ON x.id = t.taxonomy_id
      WHERE t.parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM dir_taxonomy_terms p WHERE p.id = t.parent_id)
      UNION ALL
      SELECT c.id, c.taxonomy_id, c.parent_id, c.code, c.name, c.description, tree.depth + 1,
        tree.path || ARRAY[lower(c.name), c.id::text]
      FROM dir_taxonomy_terms c JOIN tree ON c.parent_id = tree.id
      WHERE c.taxonomy_id IS NOT NULL AND tree.depth < ${MAX_DEPTH}
    )
    SELECT id, taxonomy_id, parent_id, code, name, description, depth FROM tree
    ${termId ? sql`WHERE id = ${termId}::uuid` : sql``}
    ORDER BY path`);
  return result.rows.map((r) => ({
    id: r.id,
    taxonomyId: r.taxonomy_id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    description: r.description,
    depth: Number(r.depth),
  }));
}

export async function findTerm(db: DbOrTx, id: string) {
  const [row] = await db.select().from(directoryTaxonomyTerms).where(eq(directoryTaxonomyTerms.id, id)).limit(1);
  return row ?? null;
}

export async function taxonomyExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: directoryTaxonomies.id })
    .from(directoryTaxonomies)
    .where(eq(directoryTaxonomies.id, id))
    .limit(1);
  return row !== undefined;
}

/** Whether another term of the taxonomy already uses the code. */
export async function codeTaken(db: DbOrTx, taxonomyId: string, code: string, exceptId: string | null): Promise<boolean> {
  const [row] = await db
    .select({ id: directoryTaxonomyTerms.id })
    .from(directoryTaxonomyTerms)
    .where(
      and(
        eq(directoryTaxonomyTerms.taxonomyId, taxonomyId),
        eq(directoryTaxonomyTerms.code, code),
        exceptId ? ne(directoryTaxonomyTerms.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Whether `candidateId` is `termId` itself or below it (so making it the parent would loop). */
export async function isSelfOrDescendant(db: DbOrTx, termId: string, candidateId: string): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`
    WITH RECURSIVE below(id, depth) AS (
      SELECT ${termId}::uuid, 0
      UNION
      SELECT c.id, below.depth + 1 FROM dir_taxonomy_terms c JOIN below ON c.parent_id = below.id
      WHERE below.depth < ${MAX_DEPTH}
    )
    SELECT EXISTS (SELECT 1 FROM below WHERE id = ${candidateId}::uuid) AS found`);
  return result.rows[0]?.found === true;
}

function columnsOf(input: TaxonomyTermInput) {
  return {
    taxonomyId: input.taxonomyId,
    parentId: input.parentId ?? null,
    code: input.code ?? null,
    name: input.name,
    description: input.description,
  };
}

export async function insertTerm(db: DbOrTx, input: TaxonomyTermInput): Promise<string> {
  const [row] = await db.insert(directoryTaxonomyTerms).values(columnsOf(input)).returning({ id: directoryTaxonomyTerms.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateTerm(db: DbOrTx, id: string, input: TaxonomyTermInput): Promise<void> {
  await db.update(directoryTaxonomyTerms).set(columnsOf(input)).where(eq(directoryTaxonomyTerms.id, id));
}

type TaxonomyInsert = typeof directoryTaxonomies.$inferInsert & { id: string };
type TermInsert = typeof directoryTaxonomyTerms.$inferInsert & { id: string };

/**
 * Taxonomies by id in bulk (imports). `onlyMissing` creates those not there yet and leaves the
 * others alone: for taxonomies named by terms but not described by the feed.
 */
export async function upsertTaxonomies(
  db: DbOrTx,
  rows: readonly TaxonomyInsert[],
  { onlyMissing = false }: { onlyMissing?: boolean } = {},
): Promise<void> {
  if (onlyMissing) await insertMissing(db, directoryTaxonomies, rows);
  else await upsertById(db, directoryTaxonomies, rows);
}

/** Terms by id in bulk (imports). */
export async function upsertTerms(db: DbOrTx, rows: readonly TermInsert[]): Promise<void> {
  await upsertById(db, directoryTaxonomyTerms, rows);
}

import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomyTerms, unmetNeeds, users } from '../../db/schema/index.ts';

export async function needTermExists(db: DbOrTx, termId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: directoryTaxonomyTerms.id })
    .from(directoryTaxonomyTerms)
    .where(eq(directoryTaxonomyTerms.id, termId))
    .limit(1);
  return row !== undefined;
}

export async function insertUnmetNeed(db: DbOrTx, values: typeof unmetNeeds.$inferInsert): Promise<string> {
  const [row] = await db.insert(unmetNeeds).values(values).returning({ id: unmetNeeds.id });
  if (!row) throw new Error('insert returned no unmet need');
  return row.id;
}

function viewSelect(db: DbOrTx) {
  return db
    .select({ need: unmetNeeds, needName: directoryTaxonomyTerms.name, recordedByName: users.displayName })
    .from(unmetNeeds)
    .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, unmetNeeds.needTermId))
    .leftJoin(users, eq(users.id, unmetNeeds.recordedBy));
}

/** An unmet need with the names its view shows. */
export interface UnmetNeedRow {
  need: typeof unmetNeeds.$inferSelect;
  needName: string;
  recordedByName: string | null;
}

export async function findUnmetNeed(db: DbOrTx, id: string): Promise<UnmetNeedRow | undefined> {
  const [row] = await viewSelect(db).where(eq(unmetNeeds.id, id)).limit(1);
  return row;
}

/** A page of unmet needs recorded by the given organisations, newest first. */
export async function listUnmetNeeds(
  db: DbOrTx,
  filter: { organisationIds: string[]; personId?: string; page: number; pageSize: number },
): Promise<{ items: UnmetNeedRow[]; total: number }> {
  if (filter.organisationIds.length === 0) return { items: [], total: 0 };
  const conditions: SQL[] = [inArray(unmetNeeds.organisationId, filter.organisationIds)];
  if (filter.personId) conditions.push(eq(unmetNeeds.personId, filter.personId));
  const where = and(...conditions);
  const rows = await viewSelect(db)
    .where(where)
    .orderBy(desc(unmetNeeds.recordedAt), desc(unmetNeeds.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(unmetNeeds).where(where);
  return { items: rows, total: total?.n ?? 0 };
}

/** A recorded need with its name, as the person timeline shows it. */
export interface UnmetNeedTimelineRow {
  need: typeof unmetNeeds.$inferSelect;
  needName: string;
}

/**
 * The person's newest `limit` recorded unmet needs, ordered as the person timeline merges them
 * (`newestFirst`): instant to the millisecond, then id.
 */
export async function listNewestForPerson(db: DbOrTx, personId: string, limit: number): Promise<UnmetNeedTimelineRow[]> {
  return db
    .select({ need: unmetNeeds, needName: directoryTaxonomyTerms.name })
    .from(unmetNeeds)
    .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, unmetNeeds.needTermId))
    .where(eq(unmetNeeds.personId, personId))
    .orderBy(sql`date_trunc('milliseconds', ${unmetNeeds.recordedAt}) DESC`, sql`${unmetNeeds.id} DESC`)
    .limit(limit);
}

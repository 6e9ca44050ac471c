import type { UnmetNeed } from '@kith/shared';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomyTerms, people, unmetNeeds, users } from '../../db/schema/index.ts';

export async function findPersonOrganisation(db: DbOrTx, personId: string): Promise<string | undefined> {
  const [row] = await db.select({ organisationId: people.organisationId }).from(people).where(eq(people.id, personId)).limit(1);
  return row?.organisationId;
}

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

interface ViewRow {
  need: typeof unmetNeeds.$inferSelect;
  needName: string;
  recordedByName: string | null;
}

function toUnmetNeed({ need, needName, recordedByName }: ViewRow): UnmetNeed {
  return {
    id: need.id,
    organisationId: need.organisationId,
    personId: need.personId,
    needTermId: need.needTermId,
    needName,
    area: need.area,
    reason: need.reason,
    note: need.note,
    recordedByName,
    recordedAt: need.recordedAt.toISOString(),
  };
}

export async function findUnmetNeed(db: DbOrTx, id: string): Promise<UnmetNeed | undefined> {
  const [row] = await viewSelect(db).where(eq(unmetNeeds.id, id)).limit(1);
  return row ? toUnmetNeed(row) : undefined;
}

/** A page of unmet needs recorded by the given organisations, newest first. */
export async function listUnmetNeeds(
  db: DbOrTx,
  filter: { organisationIds: string[]; personId?: string; page: number; pageSize: number },
): Promise<{ items: UnmetNeed[]; total: number }> {
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
  return { items: rows.map(toUnmetNeed), total: total?.n ?? 0 };
}

import type { CommunityResourceKind } from '@kith/shared';
import { and, asc, count, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { communityResources } from '../../../db/schema/index.ts';

export type ResourceRow = typeof communityResources.$inferSelect;

export async function insertResource(db: DbOrTx, values: typeof communityResources.$inferInsert): Promise<ResourceRow> {
  const [row] = await db.insert(communityResources).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateResourceRow(
  db: DbOrTx,
  id: string,
  values: Partial<Omit<typeof communityResources.$inferInsert, 'id'>>,
  now: Date,
): Promise<ResourceRow | undefined> {
  const [row] = await db
    .update(communityResources)
    .set({ ...values, updatedAt: now })
    .where(eq(communityResources.id, id))
    .returning();
  return row;
}

export async function findResource(db: DbOrTx, id: string): Promise<ResourceRow | undefined> {
  const [row] = await db.select().from(communityResources).where(eq(communityResources.id, id)).limit(1);
  return row;
}

export interface ResourceFilter {
  words: string[];
  category?: string | undefined;
  kind?: CommunityResourceKind | undefined;
  includeArchived: boolean;
}

/** `%word%` for ILIKE, with the word's own `%`, `_` and `\` taken literally. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page of resources by title. Every word must appear in the title, the summary or a tag
 * (case-insensitive substring, so "check" finds "checklist"). The library is small, so a scan
 * is fine; category filtering uses its index.
 */
export async function listResourceRows(
  db: DbOrTx,
  filter: ResourceFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: ResourceRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (!filter.includeArchived) conditions.push(isNull(communityResources.archivedAt));
  if (filter.category) conditions.push(eq(communityResources.category, filter.category));
  if (filter.kind) conditions.push(eq(communityResources.kind, filter.kind));
  for (const word of filter.words) {
    const pattern = containsPattern(word);
    const matches = or(
      ilike(communityResources.title, pattern),
      ilike(communityResources.summary, pattern),
      sql`array_to_string(${communityResources.tags}, ' ') ILIKE ${pattern}`,
    );
    if (matches) conditions.push(matches);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(communityResources)
      .where(where)
      .orderBy(asc(sql`lower(${communityResources.title})`), asc(communityResources.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(communityResources).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The categories of resources not archived, with counts, by name. */
export async function listCategoryRows(db: DbOrTx): Promise<{ category: string; count: number }[]> {
  return db
    .select({ category: communityResources.category, count: count() })
    .from(communityResources)
    .where(isNull(communityResources.archivedAt))
    .groupBy(communityResources.category)
    .orderBy(asc(sql`lower(${communityResources.category})`));
}

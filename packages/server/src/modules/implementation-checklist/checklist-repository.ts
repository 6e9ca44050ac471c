import { DEFAULT_CHECKLIST_ITEMS } from '@kith/shared';
import { and, asc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { implementationChecklistItems, memberships, organisations, users } from '../../db/schema/index.ts';

export type ChecklistItemRow = typeof implementationChecklistItems.$inferSelect;
export interface NamedChecklistItem {
  row: ChecklistItemRow;
  /** The owning user's display name, when the owner is a user. */
  ownerUserName: string | null;
}

export async function findPcn(db: DbOrTx, id: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.kind, 'pcn')))
    .limit(1);
  return row;
}

/** How many of the default items the PCN has: fewer than the list means it still needs seeding. */
export async function countDefaultItems(db: DbOrTx, pcnId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(implementationChecklistItems)
    .where(and(eq(implementationChecklistItems.pcnId, pcnId), isNotNull(implementationChecklistItems.defaultKey)));
  return row?.n ?? 0;
}

/**
 * Inserts the default items the PCN lacks. ON CONFLICT on the unique (pcn_id, default_key)
 * makes it idempotent even when two first reads race: the second inserts nothing.
 * Returns how many rows this call inserted.
 */
export async function seedDefaultItems(db: DbOrTx, pcnId: string): Promise<number> {
  const inserted = await db
    .insert(implementationChecklistItems)
    .values(DEFAULT_CHECKLIST_ITEMS.map((item, index) => ({ pcnId, defaultKey: item.key, title: item.title, sortOrder: index })))
    .onConflictDoNothing({ target: [implementationChecklistItems.pcnId, implementationChecklistItems.defaultKey] })
    .returning({ id: implementationChecklistItems.id });
  return inserted.length;
}

function namedItems(db: DbOrTx) {
  return db
    .select({ row: implementationChecklistItems, ownerUserName: users.displayName })
    .from(implementationChecklistItems)
    .leftJoin(users, eq(users.id, implementationChecklistItems.ownerUserId));
}

export async function listItems(db: DbOrTx, pcnId: string): Promise<NamedChecklistItem[]> {
  return namedItems(db)
    .where(eq(implementationChecklistItems.pcnId, pcnId))
    .orderBy(asc(implementationChecklistItems.sortOrder), asc(implementationChecklistItems.title));
}

export async function findItem(db: DbOrTx, id: string): Promise<NamedChecklistItem | undefined> {
  const [found] = await namedItems(db).where(eq(implementationChecklistItems.id, id)).limit(1);
  return found;
}

/** The next sort position after every existing item, so added items go to the end. */
export async function nextSortOrder(db: DbOrTx, pcnId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(implementationChecklistItems.sortOrder) })
    .from(implementationChecklistItems)
    .where(eq(implementationChecklistItems.pcnId, pcnId));
  return Math.max(100, (row?.last ?? 0) + 1);
}

export async function insertItem(db: DbOrTx, values: typeof implementationChecklistItems.$inferInsert): Promise<string> {
  const [row] = await db.insert(implementationChecklistItems).values(values).returning({ id: implementationChecklistItems.id });
  if (!row) throw new Error('insert returned no checklist item');
  return row.id;
}

export async function updateItem(
  db: DbOrTx,
  id: string,
  values: Partial<typeof implementationChecklistItems.$inferInsert>,
): Promise<void> {
  await db.update(implementationChecklistItems).set(values).where(eq(implementationChecklistItems.id, id));
}

export async function deleteItem(db: DbOrTx, id: string): Promise<void> {
  await db.delete(implementationChecklistItems).where(eq(implementationChecklistItems.id, id));
}

/** Active users holding any role in the given organisations: who may own an item. */
export async function listPeopleIn(db: DbOrTx, organisationIds: string[]): Promise<{ userId: string; name: string }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectDistinct({ userId: users.id, name: users.displayName })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(inArray(memberships.organisationId, organisationIds), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));
}

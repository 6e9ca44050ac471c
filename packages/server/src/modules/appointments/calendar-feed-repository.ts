import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { calendarFeeds, users } from '../../db/schema/index.ts';

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

export async function findFeedOfUser(db: DbOrTx, userId: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row;
}

/** The active user whose feed secret hashes to `tokenHash`, or undefined. */
export async function findFeedUserByHash(db: DbOrTx, tokenHash: string): Promise<{ userId: string } | undefined> {
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), eq(users.active, true)));
  return row;
}

/** Creates the user's feed or replaces its secret (the old address stops working at once). */
export async function upsertFeed(tx: DbOrTx, userId: string, tokenHash: string, createdAt: Date): Promise<CalendarFeedRow> {
  const [row] = await tx
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt } })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

export async function deleteFeed(tx: DbOrTx, userId: string): Promise<boolean> {
  const deleted = await tx
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ userId: calendarFeeds.userId });
  return deleted.length > 0;
}

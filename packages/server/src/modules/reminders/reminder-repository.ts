import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { reminders } from '../../db/schema/index.ts';

export type ReminderRow = typeof reminders.$inferSelect;
export type NewReminder = typeof reminders.$inferInsert;

/** Reminders are always read by their owner: every query here is filtered by `userId`. */
export async function listUndismissed(db: DbOrTx, userId: string, page: PageRequest): Promise<Page<ReminderRow>> {
  const where = and(eq(reminders.userId, userId), isNull(reminders.dismissedAt));
  const [totalRow] = await db.select({ n: count() }).from(reminders).where(where);
  const rows = await db
    .select()
    .from(reminders)
    .where(where)
    .orderBy(desc(reminders.createdAt), desc(reminders.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return pageResult(rows, totalRow?.n ?? 0, page);
}

/** Dismisses one of the user's own reminders; false when it is not theirs or does not exist. */
export async function dismiss(db: DbOrTx, userId: string, id: string, at: Date): Promise<boolean> {
  const [own] = await db
    .select({ id: reminders.id })
    .from(reminders)
    .where(and(eq(reminders.id, id), eq(reminders.userId, userId)))
    .limit(1);
  if (!own) return false;
  // Dismissing twice keeps the first time.
  await db
    .update(reminders)
    .set({ dismissedAt: at })
    .where(and(eq(reminders.id, id), isNull(reminders.dismissedAt)));
  return true;
}

/** Raises reminders (jobs raise them for the users they concern). */
export async function insertReminders(db: DbOrTx, values: NewReminder[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(reminders).values(values);
}

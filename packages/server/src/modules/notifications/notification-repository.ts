import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { notificationPreferences, notifications } from '../../db/schema/index.ts';
import { LISTED_KINDS } from './notification-view.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type EmailChoice = (typeof notificationPreferences.$inferSelect)['email'];

/** Notifications are only ever read by their owner: every query here is filtered by `userId`. */
export async function listForUser(
  db: DbOrTx,
  userId: string,
  unreadOnly: boolean,
  page: PageRequest,
): Promise<Page<NotificationRow>> {
  const where = and(
    eq(notifications.userId, userId),
    inArray(notifications.kind, [...LISTED_KINDS]),
    unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return pageResult(rows, totals[0]?.n ?? 0, page);
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.kind, [...LISTED_KINDS]), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's own notifications read (the first time counts); false when it is not theirs. */
export async function markRead(db: DbOrTx, userId: string, id: string, at: Date): Promise<boolean> {
  const [own] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .limit(1);
  if (!own) return false;
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  return true;
}

export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<number> {
  const marked = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return marked.length;
}

export async function preferencesOf(db: DbOrTx, userId: string): Promise<Map<string, EmailChoice>> {
  const rows = await db
    .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return new Map(rows.map((r) => [r.kind, r.email]));
}

export async function upsertPreferences(
  db: DbOrTx,
  userId: string,
  choices: ReadonlyArray<{ kind: string; email: EmailChoice }>,
  at: Date,
): Promise<void> {
  if (choices.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(choices.map((c) => ({ userId, kind: c.kind, email: c.email, updatedAt: at })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email: sql`excluded.email`, updatedAt: sql`excluded.updated_at` },
    });
}

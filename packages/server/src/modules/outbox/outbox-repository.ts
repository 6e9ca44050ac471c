import { count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { outboxEmails } from '../../db/schema/index.ts';

export type OutboxEmailRow = typeof outboxEmails.$inferSelect;

export interface NewOutboxEmail {
  to: string;
  subject: string;
  textBody: string;
}

/** Adds several emails in one statement, unsent; returns their ids in the order given. */
export async function insertOutboxEmails(db: DbOrTx, emails: readonly NewOutboxEmail[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .insert(outboxEmails)
    .values([...emails])
    .returning({ id: outboxEmails.id });
  if (rows.length !== emails.length) throw new Error('insert returned too few rows');
  return rows.map((row) => row.id);
}

/** The outbox newest first (id last, so pages never overlap); `unsentOnly` keeps those still waiting. */
export async function listOutboxEmails(db: DbOrTx, unsentOnly: boolean, page: PageRequest): Promise<Page<OutboxEmailRow>> {
  const where = unsentOnly ? isNull(outboxEmails.sentAt) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(outboxEmails)
      .where(where)
      .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ total: count() }).from(outboxEmails).where(where),
  ]);
  return pageResult(rows, totals[0]?.total ?? 0, page);
}

/** One outbox email by id (for the send job). */
export async function findOutboxEmail(db: DbOrTx, id: string): Promise<OutboxEmailRow | undefined> {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).limit(1);
  return row;
}

export async function markOutboxEmailSent(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(outboxEmails).set({ sentAt: at, error: null }).where(eq(outboxEmails.id, id));
}

/** Writes the last send error on the email (cut to 2,000 characters), so admins see it failed. */
export async function markOutboxEmailFailed(db: DbOrTx, id: string, error: string): Promise<void> {
  await db
    .update(outboxEmails)
    .set({ error: error.slice(0, 2000) })
    .where(eq(outboxEmails.id, id));
}

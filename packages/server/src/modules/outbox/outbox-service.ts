import type { OutboxList, OutboxQuery } from '@kith/shared';
import { count, desc, eq, isNull } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { outboxEmails } from '../../db/schema/index.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { toOutboxEmail } from './outbox-view.ts';

/** The job kind that sends one outbox email; only a worker with SMTP configured handles it. */
export const OUTBOX_SEND_JOB = 'outbox.send-email';

export interface OutgoingEmail {
  to: string;
  subject: string;
  textBody: string;
}

/**
 * Queues an email in the caller's transaction: the email exists exactly when the change that
 * sends it commits. A send job is queued with it; without SMTP no worker claims that kind, so
 * the email waits in the outbox (and is sent if SMTP is configured later).
 */
export async function sendEmail(tx: DbOrTx, email: OutgoingEmail, now = new Date()): Promise<string> {
  const [row] = await tx.insert(outboxEmails).values(email).returning({ id: outboxEmails.id });
  if (!row) throw new Error('insert returned no row');
  await enqueueJob(tx, { kind: OUTBOX_SEND_JOB, payload: { emailId: row.id }, runAt: now, dedupeKey: `outbox:${row.id}` });
  return row.id;
}

/** The outbox, newest first, for admins: what was sent, what waits, what failed. */
export async function listOutbox(db: Db, ctx: RequestContext, query: OutboxQuery): Promise<OutboxList> {
  await scopeFor(db, ctx, 'outbox:read');
  const where = query.unsentOnly === 'true' ? isNull(outboxEmails.sentAt) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(outboxEmails)
      .where(where)
      .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(outboxEmails).where(where),
  ]);
  await recordAudit(db, ctx, { action: 'list', recordType: 'outbox_email', detail: { count: rows.length } });
  return {
    items: rows.map(toOutboxEmail),
    total: totals[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One outbox email by id (for the send job). */
export async function findOutboxEmail(db: DbOrTx, id: string) {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).limit(1);
  return row;
}

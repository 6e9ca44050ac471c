import type { OutboxList, OutboxQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { enqueueJobs } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { insertOutboxEmails, listOutboxEmails, type NewOutboxEmail } from './outbox-repository.ts';
import { toOutboxEmail } from './outbox-view.ts';

/** The job kind that sends one outbox email; only a worker with SMTP configured handles it. */
export const OUTBOX_SEND_JOB = 'outbox.send-email';

export type OutgoingEmail = NewOutboxEmail;

/**
 * Queues an email in the caller's transaction: the email exists exactly when the change that
 * sends it commits. A send job is queued with it; without SMTP no worker claims that kind, so
 * the email waits in the outbox (and is sent if SMTP is configured later).
 */
export async function sendEmail(tx: DbOrTx, email: OutgoingEmail, now = new Date()): Promise<string> {
  const [id] = await sendEmails(tx, [email], now);
  if (!id) throw new Error('The outbox did not return the queued email');
  return id;
}

/**
 * Queues several emails as {@link sendEmail} does, in two statements whatever their number (a
 * notification fanned out to a team): one insert of the emails, one of their send jobs. Returns
 * the emails' ids in the order given.
 */
export async function sendEmails(tx: DbOrTx, emails: readonly OutgoingEmail[], now = new Date()): Promise<string[]> {
  if (emails.length === 0) return [];
  const ids = await insertOutboxEmails(tx, emails);
  await enqueueJobs(
    tx,
    ids.map((id) => ({ kind: OUTBOX_SEND_JOB, payload: { emailId: id }, runAt: now, dedupeKey: `outbox:${id}` })),
  );
  return ids;
}

/** The outbox, newest first, for admins: what was sent, what waits, what failed. */
export async function listOutbox(db: Db, ctx: RequestContext, query: OutboxQuery): Promise<OutboxList> {
  await scopeFor(db, ctx, 'outbox:read');
  const page = await listOutboxEmails(db, query.unsentOnly === 'true', query);
  await recordAudit(db, ctx, { action: 'list', recordType: 'outbox_email', detail: { count: page.items.length } });
  return { ...page, items: page.items.map(toOutboxEmail) };
}

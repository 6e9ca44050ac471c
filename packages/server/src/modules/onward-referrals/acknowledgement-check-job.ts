import { addBusinessDays } from '@kith/shared';
import { z } from 'zod';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { enqueueJob, type JobRow } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { notifyUsers } from '../notifications/notify.ts';
import { findServiceName, markReminderRaisedIfUnanswered } from './acknowledgement-check-repository.ts';
import { insertOnwardEvent } from './onward-referral-repository.ts';

/**
 * Closing the loop: a provider has N business days (KITH_ONWARD_ACK_BUSINESS_DAYS) to accept or
 * reject an onward referral. A job queued with the referral checks at the deadline and, if it
 * is still unanswered, notifies the link worker who sent it (`onward_unacknowledged`).
 */
export const ACKNOWLEDGEMENT_CHECK_JOB = 'onward-referral.acknowledgement-check';

const Payload = z.object({ onwardReferralId: z.uuid(), businessDays: z.number().int().min(0) });

/** Queues the check in the sending transaction: one per referral, due N business days on. */
export async function enqueueAcknowledgementCheck(
  tx: DbOrTx,
  onwardReferralId: string,
  sentAt: Date,
  businessDays: number,
): Promise<void> {
  await enqueueJob(tx, {
    kind: ACKNOWLEDGEMENT_CHECK_JOB,
    payload: { onwardReferralId, businessDays },
    runAt: addBusinessDays(sentAt, businessDays),
    dedupeKey: `onward-ack:${onwardReferralId}`,
  });
}

/**
 * The job. Idempotent: the reminder is raised by a compare-and-set on "still requested and not
 * yet reminded", so running it twice (a retry, two workers) raises one reminder, and a referral
 * the provider accepted, rejected or that was cancelled raises none.
 */
export async function checkAcknowledgement(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const { onwardReferralId, businessDays } = Payload.parse(job.payload);
  const raised = await markReminderRaisedIfUnanswered(tx, onwardReferralId, now);
  if (!raised) return;
  const service = await findServiceName(tx, raised.serviceId);
  const days = `${businessDays} business day${businessDays === 1 ? '' : 's'}`;
  await notifyUsers(
    tx,
    [raised.requestedBy],
    {
      kind: 'onward_unacknowledged',
      subjectType: 'onward_referral',
      subjectId: raised.id,
      title: `${service ?? 'The service'} has not replied to your onward referral within ${days}.`,
      link: `/onward-referrals/${raised.id}`,
      dedupeKey: `onward-unacknowledged:${raised.id}`,
    },
    now,
  );
  await insertOnwardEvent(tx, {
    onwardReferralId: raised.id,
    fromStatus: raised.status,
    toStatus: raised.status,
    side: 'system',
    note: `No reply from the provider within ${days}`,
    at: now,
  });
  await recordAudit(
    tx,
    { actor: null, requestId: `job:${job.id}` },
    {
      action: 'update',
      recordType: 'onward_referral',
      recordId: raised.id,
      detail: { reminderRaised: true, businessDays },
    },
  );
}

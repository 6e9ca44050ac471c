import { PERSON_MESSAGE_STATUSES, type PersonMessageStatus } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import type { JobHandler } from '../../jobs/job-queue.ts';
import { ensureJobQueued } from '../../jobs/recurring-job.ts';
import type { NotifyGateway } from './notify-gateway.ts';
import { listMessagesAwaitingStatus, updateMessageStatus } from './person-message-repository.ts';

/**
 * The status job asks GOV.UK Notify about every message it has accepted and not finished with
 * (created, sending) and stores what it answers: delivered, or a permanent, temporary or
 * technical failure, with when. It runs a minute after a send and then every minute while any
 * message is unfinished, then stops; the next send starts it again.
 */
export const PERSON_MESSAGE_STATUS_JOB = 'person-messages.check-status';

const INTERVAL_MS = 60_000;
/** Messages asked about per run: each is one request to Notify inside the job's transaction. */
const BATCH = 50;

/** Queues a status check a minute from `now`, unless one is already waiting by then. */
export async function ensureStatusCheck(tx: DbOrTx, now: Date): Promise<void> {
  await ensureJobQueued(tx, PERSON_MESSAGE_STATUS_JOB, new Date(now.getTime() + INTERVAL_MS), now);
}

/** Notify's status as Kith keeps it. 'pending' is Notify still waiting for the phone network; 'sent' is its final word for numbers abroad. */
export function toMessageStatus(notifyStatus: string): PersonMessageStatus | null {
  if (notifyStatus === 'pending') return 'sending';
  if (notifyStatus === 'sent') return 'delivered';
  return (PERSON_MESSAGE_STATUSES as readonly string[]).includes(notifyStatus) && notifyStatus !== 'queued'
    ? (notifyStatus as PersonMessageStatus)
    : null;
}

/** The job. Notify being down throws, and the job queue retries with backoff. */
export function personMessageStatusChecker(notify: NotifyGateway): JobHandler {
  return async (tx, _job, now) => {
    const waiting = await listMessagesAwaitingStatus(tx, BATCH);
    let unfinished = 0;
    for (const message of waiting) {
      if (!message.notifyId) continue;
      const answer = await notify.status(message.notifyId);
      const status = toMessageStatus(answer.status);
      if (status && status !== message.status) {
        const final = status !== 'created' && status !== 'sending';
        await updateMessageStatus(tx, message.id, status, final && answer.at ? new Date(answer.at) : now);
      }
      if (!status || status === 'created' || status === 'sending') unfinished += 1;
    }
    if (unfinished > 0 || waiting.length === BATCH) await ensureStatusCheck(tx, now);
  };
}

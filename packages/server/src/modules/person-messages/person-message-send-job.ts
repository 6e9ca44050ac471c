import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue.ts';
import { NotifyError, type NotifyGateway } from './notify-gateway.ts';
import { findPersonMessage, markMessageCreated, markMessageSendFailed } from './person-message-repository.ts';
import { ensureStatusCheck } from './person-message-status-job.ts';

const Payload = z.object({ messageId: z.uuid() });

/**
 * The send job: hands one queued message to GOV.UK Notify with the message's id as Notify's
 * `reference`, and keeps Notify's id (status 'created'). Idempotent: a message no longer queued
 * is not sent again. A failure Notify may get over (no answer, 5xx, 429) is thrown, so the job
 * queue retries it with backoff; at the last attempt — or at once when Notify refuses the
 * message itself (400) — the reason is written on the message, visible in the waiting messages.
 */
export function personMessageSender(notify: NotifyGateway): JobHandler {
  return async (tx, job, now) => {
    const { messageId } = Payload.parse(job.payload);
    const message = await findPersonMessage(tx, messageId);
    if (message?.status !== 'queued') return;
    let notifyId: string;
    try {
      const sent =
        message.channel === 'sms'
          ? await notify.sendSms(message.recipient, message.body, message.id)
          : await notify.sendEmail(message.recipient, message.subject ?? '', message.body, message.id);
      notifyId = sent.id;
    } catch (error) {
      const retryable = !(error instanceof NotifyError) || error.retryable;
      if (retryable && job.attempts < job.maxAttempts) throw error;
      await markMessageSendFailed(tx, messageId, error instanceof Error ? error.message : String(error), now);
      return;
    }
    await markMessageCreated(tx, messageId, notifyId, now);
    await ensureStatusCheck(tx, now);
  };
}

import {
  FAILED_MESSAGE_STATUSES,
  MESSAGE_SUBJECT_PLACEHOLDERS,
  MESSAGE_TEMPLATE_PLACEHOLDERS,
  type MessageTemplate,
  type MessageTemplateKey,
  type PersonMessage,
  type WaitingPersonMessage,
} from '@kith/shared';
import { sendJobKey } from './person-message-queue.ts';
import type { MessageTemplateRow, PersonMessageViewRow } from './person-message-repository.ts';

/** How the send job of a queued message is getting on (from the job queue), when it has tried. */
export interface SendProgress {
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
}

export function toPersonMessage(row: PersonMessageViewRow, progress?: SendProgress): PersonMessage {
  const m = row.message;
  const failed = FAILED_MESSAGE_STATUSES.includes(m.status);
  const gaveUp = m.status === 'queued' && m.lastError !== null;
  // While the job queue is still retrying, its latest error is the message's: visible, not lost.
  const retrying = m.status === 'queued' && !gaveUp && progress && progress.attempts > 0 ? progress.lastError : null;
  return {
    id: m.id,
    personId: m.personId,
    referralId: m.referralId,
    appointmentId: m.appointmentId,
    channel: m.channel,
    templateKey: m.templateKey as MessageTemplateKey,
    recipient: m.recipient,
    subject: m.subject,
    body: m.body,
    status: m.status,
    lastError:
      m.lastError ?? (retrying ? `Retrying (attempt ${progress?.attempts} of ${progress?.maxAttempts}): ${retrying}` : null),
    canRetry: failed || gaveUp,
    createdAt: m.createdAt.toISOString(),
    statusAt: m.statusAt.toISOString(),
    createdByName: row.createdByName,
  };
}

export function toWaitingPersonMessage(row: PersonMessageViewRow, progress?: SendProgress): WaitingPersonMessage {
  return { ...toPersonMessage(row, progress), personName: row.personName };
}

/** The send-job keys of the queued messages among `rows`, to look their progress up in the job queue. */
export function sendKeysOf(rows: PersonMessageViewRow[]): Map<string, string> {
  return new Map(
    rows.filter((r) => r.message.status === 'queued').map((r) => [sendJobKey(r.message.id, r.message.statusAt), r.message.id]),
  );
}

export function toMessageTemplate(row: { template: MessageTemplateRow; updatedByName: string | null }): MessageTemplate {
  const t = row.template;
  const key = t.key as MessageTemplateKey;
  return {
    id: t.id,
    key,
    channel: t.channel,
    name: t.name,
    subject: t.subject,
    body: t.body,
    placeholders: [...MESSAGE_TEMPLATE_PLACEHOLDERS[key]],
    subjectPlaceholders: t.channel === 'email' ? [...MESSAGE_SUBJECT_PLACEHOLDERS] : [],
    updatedAt: t.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

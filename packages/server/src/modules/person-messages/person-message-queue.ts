import {
  MESSAGE_SUBJECT_PLACEHOLDERS,
  MESSAGE_TEMPLATE_PLACEHOLDERS,
  type MessageTemplateKey,
  renderMessageTemplate,
  SMS_MAX_LENGTH,
  unknownPlaceholders,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, conflict, notFound, validationError } from '../../errors.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { decideChannel } from './person-message-channel.ts';
import { findMessagePerson, findTemplate, insertPersonMessage, type MessagePerson } from './person-message-repository.ts';

/** The job kind that hands one queued message to GOV.UK Notify; only a worker with a Notify key handles it. */
export const PERSON_MESSAGE_SEND_JOB = 'person-messages.send';

/** The send job's dedupe key: one per message and queueing (`queuedAt` is the message's `statusAt`). */
export function sendJobKey(messageId: string, queuedAt: Date): string {
  return `person-message-send:${messageId}:${queuedAt.toISOString()}`;
}

export interface QueueMessageInput {
  personId: string;
  templateKey: MessageTemplateKey;
  /** The template's own values; `first_name` and `service` are filled from the person's record. */
  values: Record<string, string>;
  referralId?: string | null;
  appointmentId?: string | null;
  createdBy: string | null;
  /** At most one message per key, ever (an appointment's confirmation, its reminder). */
  dedupeKey?: string;
  now: Date;
}

/**
 * Queues a message to the person in the caller's transaction: renders the template for their
 * preferred channel, writes the message as 'queued' and enqueues its send job, so both exist
 * exactly when the change that sends it commits. Without a Notify key no worker takes the job
 * and the message waits (and is sent once a key is set). Refuses with 409, naming the reason,
 * without consent or when the person does not prefer text or email. Returns the message's id,
 * or null when a message with the same `dedupeKey` was queued before.
 */
export async function queuePersonMessage(tx: DbOrTx, input: QueueMessageInput): Promise<string | null> {
  const person = await findMessagePerson(tx, input.personId);
  if (!person) throw notFound('Person');
  const decision = decideChannel(person);
  if (decision.refusal !== null) throw conflict(decision.refusal);
  const template = await findTemplate(tx, input.templateKey, decision.channel);
  if (!template) throw notFound('Message template');
  const values = { first_name: person.givenName, service: person.serviceName, ...input.values };
  const body = renderChecked(template.body, MESSAGE_TEMPLATE_PLACEHOLDERS[input.templateKey], values);
  const subject =
    decision.channel === 'email'
      ? renderChecked(template.subject ?? person.serviceName, MESSAGE_SUBJECT_PLACEHOLDERS, values)
      : null;
  if (decision.channel === 'sms' && body.length > SMS_MAX_LENGTH) {
    throw validationError('message', `A text message must be ${SMS_MAX_LENGTH} characters or fewer (this one is ${body.length})`);
  }
  const id = await insertPersonMessage(tx, {
    organisationId: person.organisationId,
    personId: person.id,
    referralId: input.referralId ?? null,
    appointmentId: input.appointmentId ?? null,
    channel: decision.channel,
    templateKey: input.templateKey,
    recipient: decision.recipient,
    subject,
    body,
    status: 'queued',
    dedupeKey: input.dedupeKey ?? null,
    createdBy: input.createdBy,
    createdAt: input.now,
    statusAt: input.now,
  });
  if (!id) return null;
  await enqueueJob(tx, {
    kind: PERSON_MESSAGE_SEND_JOB,
    payload: { messageId: id },
    runAt: input.now,
    dedupeKey: sendJobKey(id, input.now),
  });
  return id;
}

/**
 * The same for messages Kith sends by itself (appointment confirmations and reminders): a person
 * who cannot be messaged is not an error there — the booking stands — so the message is skipped
 * and the skip written to the audit trail with its reason.
 */
export async function queueAutomaticPersonMessage(
  tx: DbOrTx,
  ctx: RequestContext,
  input: QueueMessageInput,
): Promise<string | null> {
  const person: MessagePerson | undefined = await findMessagePerson(tx, input.personId);
  const refusal = person ? decideChannel(person).refusal : 'The person was not found';
  if (refusal !== null) {
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'person_message_skipped',
      recordId: input.appointmentId ?? input.personId,
      detail: { templateKey: input.templateKey, reason: refusal },
    });
    return null;
  }
  let id: string | null;
  try {
    id = await queuePersonMessage(tx, input);
  } catch (error) {
    // Kith's own refusals (wording too long for a text once filled in): skip, as above. They are
    // thrown before any statement fails, so the transaction is still usable.
    if (!(error instanceof AppError)) throw error;
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'person_message_skipped',
      recordId: input.appointmentId ?? input.personId,
      detail: { templateKey: input.templateKey, reason: error.message },
    });
    return null;
  }
  if (id) {
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'person_message',
      recordId: id,
      detail: { templateKey: input.templateKey, automatic: true },
    });
  }
  return id;
}

/** Renders, refusing a template that uses a placeholder this template may not (possible only if code and wording disagree). */
function renderChecked(template: string, allowed: readonly string[], values: Record<string, string>): string {
  const unknown = unknownPlaceholders(template, allowed);
  if (unknown.length > 0) throw validationError('templateKey', `The template uses unknown placeholders: ${unknown.join(', ')}`);
  return renderMessageTemplate(template, values);
}

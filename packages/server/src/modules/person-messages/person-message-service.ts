import {
  FAILED_MESSAGE_STATUSES,
  MESSAGE_SUBJECT_PLACEHOLDERS,
  MESSAGE_TEMPLATE_PLACEHOLDERS,
  type MessageTemplate,
  type MessageTemplateKey,
  type MessageTemplateList,
  type PageQuery,
  type PersonMessage,
  type PersonMessageQuery,
  type PersonMessagesResponse,
  type SendPersonMessageRequest,
  SMS_MAX_LENGTH,
  type UpdateMessageTemplateRequest,
  unknownPlaceholders,
  type WaitingPersonMessagePage,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import type { Db } from '../../db/client.ts';
import { conflict, notFound, validationError } from '../../errors.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findAppointmentForMessage } from './appointment-message-repository.ts';
import { appointmentMessageValues } from './appointment-message-values.ts';
import { decideChannel } from './person-message-channel.ts';
import { PERSON_MESSAGE_SEND_JOB, queuePersonMessage, sendJobKey } from './person-message-queue.ts';
import {
  findMessagePerson,
  findMessageTemplateById,
  findPersonMessage,
  findPersonMessageView,
  findSendJobs,
  listMessageTemplates,
  listPersonMessages,
  listWaitingMessages,
  type PersonMessageViewRow,
  requeueMessage,
  updateMessageTemplate,
} from './person-message-repository.ts';
import {
  type SendProgress,
  sendKeysOf,
  toMessageTemplate,
  toPersonMessage,
  toWaitingPersonMessage,
} from './person-message-view.ts';

/**
 * Messages to the person: a worker sends free text (or an appointment's confirmation again)
 * in the person's preferred channel, reads their messages and sees the PCN's messages still
 * waiting or failed; admins keep the templates' wording.
 */
export async function sendPersonMessage(
  db: Db,
  ctx: RequestContext,
  personId: string,
  input: SendPersonMessageRequest,
  now = new Date(),
): Promise<PersonMessage> {
  const actor = requireActor(ctx);
  const { via } = await loadPersonFor(db, ctx, personId, 'people:write');
  const templateKey: MessageTemplateKey = input.templateKey ?? 'free_text';
  const id = await db.transaction(async (tx) => {
    let values: Record<string, string> = {};
    let referralId: string | null = null;
    if (templateKey === 'free_text') {
      values = { message: input.message ?? '' };
    } else {
      const found = input.appointmentId ? await findAppointmentForMessage(tx, input.appointmentId) : undefined;
      if (!found || found.appointment.personId !== personId)
        throw validationError('appointmentId', "Choose one of this person's appointments");
      if (found.appointment.status !== 'booked') throw conflict('Only a booked appointment can be confirmed or reminded of');
      values = appointmentMessageValues({ ...found.appointment, workerName: found.workerName });
      referralId = found.appointment.referralId;
    }
    const queued = await queuePersonMessage(tx, {
      personId,
      templateKey,
      values,
      referralId,
      appointmentId: input.appointmentId ?? null,
      createdBy: actor.userId,
      now,
    });
    if (!queued) throw new Error('a message without a dedupe key was not queued');
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'person_message',
      recordId: queued,
      via,
      detail: { templateKey },
    });
    return queued;
  });
  return toPersonMessage(await mustFindView(db, id));
}

/** The person's messages, newest first, with how they may be contacted now. */
export async function getPersonMessages(
  db: Db,
  ctx: RequestContext,
  personId: string,
  page: PageQuery,
): Promise<PersonMessagesResponse> {
  const { via } = await loadPersonFor(db, ctx, personId, 'people:read');
  const person = await findMessagePerson(db, personId);
  if (!person) throw notFound('Person');
  const { items, total } = await listPersonMessages(db, personId, page);
  const progress = await sendProgressOf(db, items);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'person_message',
    recordId: personId,
    via,
    detail: { count: items.length },
  });
  const decision = decideChannel(person);
  return {
    items: items.map((row) => toPersonMessage(row, progress.get(row.message.id))),
    total,
    page: page.page,
    pageSize: page.pageSize,
    contact: {
      consent: person.contactConsent,
      preferredContactMethod: person.preferredContactMethod,
      channel: decision.channel,
      refusal: decision.refusal,
    },
  };
}

/** The waiting-messages screen: the PCNs' messages not yet handed to Notify, or failed, oldest first. */
export async function getWaitingMessages(
  db: Db,
  ctx: RequestContext,
  query: PersonMessageQuery,
): Promise<WaitingPersonMessagePage> {
  const scope = await scopeFor(db, ctx, 'person-messages:outbox');
  const { items, total } = await listWaitingMessages(db, scope.organisationIds, query.status, query);
  const progress = await sendProgressOf(db, items);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'person_message',
    via: scope.via,
    detail: { status: query.status, count: items.length },
  });
  return {
    items: items.map((row) => toWaitingPersonMessage(row, progress.get(row.message.id))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Sends a failed message again (one Notify could not deliver, or one the job queue gave up on):
 * back to queued with a new send job. A message on its way is refused with 409.
 */
export async function retryPersonMessage(
  db: Db,
  ctx: RequestContext,
  messageId: string,
  now = new Date(),
): Promise<PersonMessage> {
  const message = await findPersonMessage(db, messageId);
  if (!message) throw notFound('Message');
  const { via } = await loadPersonFor(db, ctx, message.personId, 'people:write');
  const failed = FAILED_MESSAGE_STATUSES.includes(message.status) || (message.status === 'queued' && message.lastError !== null);
  if (!failed) throw conflict('Only a message that failed can be sent again');
  await db.transaction(async (tx) => {
    await requeueMessage(tx, messageId, now);
    await enqueueJob(tx, {
      kind: PERSON_MESSAGE_SEND_JOB,
      payload: { messageId },
      runAt: now,
      dedupeKey: sendJobKey(messageId, now),
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'person_message',
      recordId: messageId,
      via,
      detail: { retry: true, was: message.status },
    });
  });
  return toPersonMessage(await mustFindView(db, messageId));
}

export async function getMessageTemplates(db: Db, ctx: RequestContext): Promise<MessageTemplateList> {
  await scopeFor(db, ctx, 'templates:manage');
  return { items: (await listMessageTemplates(db)).map(toMessageTemplate) };
}

/** New wording for a template: every placeholder must be one Kith fills for it; subjects name the service only. */
export async function editMessageTemplate(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateMessageTemplateRequest,
  now = new Date(),
): Promise<MessageTemplate> {
  const scope = await scopeFor(db, ctx, 'templates:manage');
  const found = await findMessageTemplateById(db, id);
  if (!found) throw notFound('Message template');
  const key = found.template.key as MessageTemplateKey;
  const unknownInBody = unknownPlaceholders(input.body, MESSAGE_TEMPLATE_PLACEHOLDERS[key]);
  if (unknownInBody.length > 0)
    throw validationError('body', placeholderProblem(unknownInBody, MESSAGE_TEMPLATE_PLACEHOLDERS[key]));
  if (found.template.channel === 'sms' && input.body.length > SMS_MAX_LENGTH) {
    throw validationError('body', `A text message must be ${SMS_MAX_LENGTH} characters or fewer`);
  }
  let subject: string | null = null;
  if (found.template.channel === 'email') {
    if (!input.subject) throw validationError('subject', 'Enter a subject');
    const unknownInSubject = unknownPlaceholders(input.subject, MESSAGE_SUBJECT_PLACEHOLDERS);
    if (unknownInSubject.length > 0)
      throw validationError('subject', placeholderProblem(unknownInSubject, MESSAGE_SUBJECT_PLACEHOLDERS));
    subject = input.subject;
  } else if (input.subject) {
    throw validationError('subject', 'A text message has no subject');
  }
  await db.transaction(async (tx) => {
    await updateMessageTemplate(tx, id, { subject, body: input.body, updatedBy: requireActor(ctx).userId, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'message_template',
      recordId: id,
      via: scope.via,
      detail: { key, channel: found.template.channel },
    });
  });
  const saved = await findMessageTemplateById(db, id);
  if (!saved) throw notFound('Message template');
  return toMessageTemplate(saved);
}

function placeholderProblem(unknown: string[], allowed: readonly string[]): string {
  const list = (names: readonly string[]) => names.map((n) => `((${n}))`).join(', ');
  return `${list(unknown)} cannot be used here. You can use: ${list(allowed)}`;
}

async function sendProgressOf(db: Db, rows: PersonMessageViewRow[]): Promise<Map<string, SendProgress>> {
  const keys = sendKeysOf(rows);
  const found = await findSendJobs(db, [...keys.keys()]);
  return new Map(
    found.flatMap((job) => {
      const messageId = job.dedupeKey ? keys.get(job.dedupeKey) : undefined;
      return messageId
        ? [[messageId, { attempts: job.attempts, maxAttempts: job.maxAttempts, lastError: job.lastError }] as const]
        : [];
    }),
  );
}

async function mustFindView(db: Db, id: string): Promise<PersonMessageViewRow> {
  const row = await findPersonMessageView(db, id);
  if (!row) throw notFound('Message');
  return row;
}

import { z } from 'zod';
import { CONTACT_METHODS } from '../rules/person-categories.ts';
import { Id, PageQuery, pageOf, text } from './common.ts';

/**
 * Messages to the person (SMS and email through GOV.UK Notify) and the admin-editable wording
 * they are made from. Kith fills a template's `((placeholder))`s itself and hands Notify the
 * finished text, so the wording lives here, not in Notify (docs/person-messages.md).
 */

export const MESSAGE_CHANNELS = ['sms', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, string> = { sms: 'Text message', email: 'Email' };

export const MESSAGE_TEMPLATE_KEYS = ['appointment_confirmation', 'appointment_reminder', 'free_text'] as const;
export type MessageTemplateKey = (typeof MESSAGE_TEMPLATE_KEYS)[number];

const APPOINTMENT_PLACEHOLDERS = ['first_name', 'worker', 'service', 'date', 'time', 'mode', 'place'] as const;

/** The placeholders each template's body may use: Kith has a value for exactly these. */
export const MESSAGE_TEMPLATE_PLACEHOLDERS: Record<MessageTemplateKey, readonly string[]> = {
  appointment_confirmation: APPOINTMENT_PLACEHOLDERS,
  appointment_reminder: APPOINTMENT_PLACEHOLDERS,
  free_text: ['first_name', 'service', 'message'],
};

/** An email subject may name the service only: subjects carry no personal data. */
export const MESSAGE_SUBJECT_PLACEHOLDERS: readonly string[] = ['service'];

/** What each placeholder is filled with, for the templates screen. */
export const MESSAGE_PLACEHOLDER_DESCRIPTIONS: Record<string, string> = {
  first_name: "The person's first name",
  worker: 'The name of the worker they will see',
  service: 'The name of the PCN or service',
  date: 'The appointment date, like Monday 7 December 2026',
  time: 'The appointment time, like 2:30pm',
  mode: 'How the appointment happens, like by phone',
  place: 'Where, or the video link',
  message: 'The text the worker writes',
};

/** GOV.UK Notify's longest text message, in characters (it is sent as up to 6 parts). */
export const SMS_MAX_LENGTH = 918;

const PLACEHOLDER = /\(\(([^()]*)\)\)/g;

/** The placeholder names used in `text`, in order, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** The placeholders in `text` that are not in `allowed`; empty when the text is usable. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return placeholdersIn(text).filter((name) => !allowed.includes(name));
}

/**
 * Fills every `((name))` in `template` from `values`. A placeholder without a value is an error,
 * never sent as typed: saved templates are checked against the allowed list, so this only
 * happens when code and wording disagree.
 */
export function renderMessageTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const missing = placeholdersIn(template).filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0) throw new Error(`Template placeholders without a value: ${missing.join(', ')}`);
  return template.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

/** Kith's own 'queued' (not yet accepted by Notify), then GOV.UK Notify's statuses. */
export const PERSON_MESSAGE_STATUSES = [
  'queued',
  'created',
  'sending',
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
] as const;
export type PersonMessageStatus = (typeof PERSON_MESSAGE_STATUSES)[number];

export const PERSON_MESSAGE_STATUS_LABELS: Record<PersonMessageStatus, string> = {
  queued: 'Waiting to send',
  created: 'Sent to GOV.UK Notify',
  sending: 'Sending',
  delivered: 'Delivered',
  'permanent-failure': 'Not delivered: number or address not working',
  'temporary-failure': 'Not delivered: phone off or inbox full',
  'technical-failure': 'Not delivered: technical problem',
};

/** Statuses Notify will not change again. */
export const FINAL_MESSAGE_STATUSES: readonly PersonMessageStatus[] = [
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
];
export const FAILED_MESSAGE_STATUSES: readonly PersonMessageStatus[] = [
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
];

/** A message to the person, as the API shows it. */
export const PersonMessage = z.object({
  id: Id,
  personId: Id,
  referralId: Id.nullable(),
  appointmentId: Id.nullable(),
  channel: z.enum(MESSAGE_CHANNELS),
  templateKey: z.enum(MESSAGE_TEMPLATE_KEYS),
  recipient: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(PERSON_MESSAGE_STATUSES),
  /** Why the last attempt to hand it to Notify failed, after the job queue gave up. */
  lastError: z.string().nullable(),
  /** A failed message (or one the job queue gave up on) may be sent again. */
  canRetry: z.boolean(),
  createdAt: z.string(),
  statusAt: z.string(),
  createdByName: z.string().nullable(),
});
export type PersonMessage = z.infer<typeof PersonMessage>;

export const PersonMessagePage = pageOf(PersonMessage);
export type PersonMessagePage = z.infer<typeof PersonMessagePage>;

/** A message in the waiting-messages screen, with whom it is for. */
export const WaitingPersonMessage = PersonMessage.extend({ personName: z.string() });
export type WaitingPersonMessage = z.infer<typeof WaitingPersonMessage>;
export const WaitingPersonMessagePage = pageOf(WaitingPersonMessage);
export type WaitingPersonMessagePage = z.infer<typeof WaitingPersonMessagePage>;

/** `GET /api/person-messages`: 'waiting' is every message not yet delivered that needs watching (queued or failed). */
export const PersonMessageQuery = PageQuery.extend({
  status: z.enum(['waiting', 'failed', 'queued']).default('waiting'),
});
export type PersonMessageQuery = z.infer<typeof PersonMessageQuery>;

/**
 * `POST /api/people/:id/messages`. The channel is not chosen: it is the person's preferred one.
 * Free text needs `message`; an appointment template needs the person's `appointmentId`.
 */
export const SendPersonMessageRequest = z
  .object({
    templateKey: z.enum(MESSAGE_TEMPLATE_KEYS).default('free_text'),
    message: text(SMS_MAX_LENGTH, 'a message').optional(),
    appointmentId: Id.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.templateKey === 'free_text' && value.message === undefined) {
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'Enter a message' });
    }
    if (value.templateKey !== 'free_text' && !value.appointmentId) {
      ctx.addIssue({ code: 'custom', path: ['appointmentId'], message: 'Choose the appointment' });
    }
  });
export type SendPersonMessageRequest = z.input<typeof SendPersonMessageRequest>;

/** How Kith may contact the person, shown beside the send form. */
export const PersonContactChannel = z.object({
  consent: z.boolean(),
  preferredContactMethod: z.enum(CONTACT_METHODS).nullable(),
  /** The channel messages go by, or null with the reason none can be sent. */
  channel: z.enum(MESSAGE_CHANNELS).nullable(),
  refusal: z.string().nullable(),
});
export type PersonContactChannel = z.infer<typeof PersonContactChannel>;

/** `GET /api/people/:id/messages`: the messages, newest first, and how the person may be contacted. */
export const PersonMessagesResponse = PersonMessagePage.extend({ contact: PersonContactChannel });
export type PersonMessagesResponse = z.infer<typeof PersonMessagesResponse>;

/** A template's wording, with the placeholders it may use. */
export const MessageTemplate = z.object({
  id: Id,
  key: z.enum(MESSAGE_TEMPLATE_KEYS),
  channel: z.enum(MESSAGE_CHANNELS),
  name: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  placeholders: z.array(z.string()),
  subjectPlaceholders: z.array(z.string()),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type MessageTemplate = z.infer<typeof MessageTemplate>;

export const MessageTemplateList = z.object({ items: z.array(MessageTemplate) });
export type MessageTemplateList = z.infer<typeof MessageTemplateList>;

/** `PUT /api/message-templates/:id`: new wording; placeholders are checked against the template's allowed ones. */
export const UpdateMessageTemplateRequest = z.object({
  subject: text(150, 'a subject').nullable().optional(),
  body: text(SMS_MAX_LENGTH * 2, 'the wording'),
});
export type UpdateMessageTemplateRequest = z.infer<typeof UpdateMessageTemplateRequest>;

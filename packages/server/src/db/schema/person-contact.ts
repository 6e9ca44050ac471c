import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { referrals } from './referrals.ts';
import { users } from './users.ts';
import { appointments } from './working-day.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const messageChannel = pgEnum('message_channel', ['sms', 'email']);
/** GOV.UK Notify's statuses, plus Kith's own 'queued' (waiting for Notify or its key). */
export const personMessageStatus = pgEnum('person_message_status', [
  'queued',
  'created',
  'sending',
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
]);
export const letterKind = pgEnum('letter_kind', ['care_plan', 'appointment', 'discharge']);

/** Every saved version of a person's record, never changed (the record is versioned and audited). */
export const personVersions = pgTable(
  'person_versions',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.version] })],
);

/** Admin-editable wording of the messages Kith sends to people; `key` + `channel` is one template. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    channel: messageChannel('channel').notNull(),
    name: text('name').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('message_templates_key_channel_key').on(t.key, t.channel)],
);

/**
 * An SMS or email to the person, sent through GOV.UK Notify (modules/person-messages). It is
 * written first as 'queued' and sent by a job, so nothing is lost while Notify is down or no
 * key is set; Notify's status is polled back onto it and shown on the person's timeline.
 */
export const personMessages = pgTable(
  'person_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    appointmentId: uuid('appointment_id').references(() => appointments.id),
    channel: messageChannel('channel').notNull(),
    templateKey: text('template_key').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    status: personMessageStatus('status').notNull().default('queued'),
    notifyId: text('notify_id'),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key').unique(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_messages_person_idx').on(t.personId, t.createdAt),
    index('person_messages_pending_idx').on(t.status).where(sql`status IN ('queued', 'created', 'sending')`),
  ],
);

/** A letter made as a PDF on the server, kept on the person's record so it can be downloaded again. */
export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    appointmentId: uuid('appointment_id').references(() => appointments.id),
    kind: letterKind('kind').notNull(),
    largePrint: boolean('large_print').notNull().default(false),
    title: text('title').notNull(),
    pdf: bytea('pdf').notNull(),
    byteLength: integer('byte_length').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('letters_person_idx').on(t.personId, t.createdAt)],
);

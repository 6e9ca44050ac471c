import { GP_DOCUMENT_STATES, REFERRAL_STATUSES } from '@kith/shared';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { letters } from './person-contact.ts';
import { referrals } from './referrals.ts';
import { users } from './users.ts';

export const gpDocumentState = pgEnum('gp_document_state', GP_DOCUMENT_STATES);

/** The practice mailbox directory: which MESH mailbox receives documents for an ODS code. */
export const practiceMailboxes = pgTable('practice_mailboxes', {
  odsCode: text('ods_code').primaryKey(),
  mailboxId: text('mailbox_id').notNull(),
  active: boolean('active').notNull().default(true),
  note: text('note'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A referral's message back as a FHIR document for the GP record, one per ended referral
 * (closed in error excepted), and its delivery by MESH. The id is the Bundle's identifier and,
 * with `sendGeneration`, the MESH local id that makes sending idempotent across restarts.
 */
export const gpDocuments = pgTable(
  'gp_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .unique()
      .references(() => referrals.id),
    /** The PCN holding the referral (for scoping the admins' and the team's views). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    ending: text('ending', { enum: REFERRAL_STATUSES }).notNull(),
    state: gpDocumentState('state').notNull().default('preparing'),
    /** The person's registered practice when the document was addressed. */
    practiceOrganisationId: uuid('practice_organisation_id').references(() => organisations.id),
    practiceOdsCode: text('practice_ods_code'),
    mailboxId: text('mailbox_id'),
    /** The FHIR R4 document Bundle, as sent. */
    bundle: jsonb('bundle'),
    letterId: uuid('letter_id').references(() => letters.id),
    /** Bumped by each resend, so a resend is a new MESH message with its own local id. */
    sendGeneration: integer('send_generation').notNull().default(0),
    meshMessageId: text('mesh_message_id'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** When the poll last asked MESH about this sent document (each is asked once per poll period). */
    trackedAt: timestamp('tracked_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (t) => [
    index('gp_documents_state_idx').on(t.state, t.createdAt),
    index('gp_documents_organisation_idx').on(t.organisationId, t.createdAt),
  ],
);

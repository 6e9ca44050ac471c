import { COMPLEXITIES, CONTACT_MODES, REFERRAL_SOURCES, REFERRAL_STATUSES, URGENCIES } from '@kith/shared';
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { snomedCodes } from './snomed-codes.ts';
import { users } from './users.ts';

export const referralStatus = pgEnum('referral_status', REFERRAL_STATUSES);
export const referralSource = pgEnum('referral_source', REFERRAL_SOURCES);
export const urgency = pgEnum('urgency', URGENCIES);
export const complexity = pgEnum('complexity', COMPLEXITIES);
export const contactMode = pgEnum('contact_mode', CONTACT_MODES);

/** Admin-extensible coded reasons for referral (seeded in migration 0003). */
export const referralReasons = pgTable('referral_reasons', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  /** Its SNOMED CT code, kept (and verified) in `snomed_codes`. */
  snomedCode: text('snomed_code').references(() => snomedCodes.code),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(100),
});

/** One episode of social prescribing support for one person, held in a PCN's queue. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    source: referralSource('source').notNull(),
    status: referralStatus('status').notNull().default('received'),
    reasons: text('reasons').array().notNull(),
    notes: text('notes'),
    urgency: urgency('urgency').notNull().default('routine'),
    complexity: complexity('complexity'),
    riskFlags: text('risk_flags').array().notNull().default([]),
    unverified: boolean('unverified').notNull().default(false),
    referrerUserId: uuid('referrer_user_id').references(() => users.id),
    referrerName: text('referrer_name'),
    referrerOrganisation: text('referrer_organisation'),
    assignedWorkerId: uuid('assigned_worker_id').references(() => users.id),
    failedContactAttempts: integer('failed_contact_attempts').notNull().default(0),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    consentToReferral: boolean('consent_to_referral').notNull(),
    consentToDataSharing: boolean('consent_to_data_sharing').notNull(),
    consentRecordedBy: uuid('consent_recorded_by').references(() => users.id),
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }).notNull().defaultNow(),
    dischargeOutcome: text('discharge_outcome'),
    dischargeReason: text('discharge_reason'),
    dischargeSummary: text('discharge_summary'),
    dischargedAt: timestamp('discharged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_queue_idx').on(t.organisationId, t.status),
    index('referrals_worker_idx').on(t.assignedWorkerId, t.status),
    index('referrals_referrer_idx').on(t.referrerUserId),
    index('referrals_person_idx').on(t.personId),
    // Reports select a PCN's referrals received in a period.
    index('referrals_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

/** Every status change: who, when, why. */
export const referralTransitions = pgTable(
  'referral_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    fromStatus: referralStatus('from_status'),
    toStatus: referralStatus('to_status').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_transitions_referral_idx').on(t.referralId, t.at)],
);

/** Contacts and failed contact attempts. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    workerUserId: uuid('worker_user_id').references(() => users.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    mode: contactMode('mode').notNull(),
    successful: boolean('successful').notNull(),
    durationMinutes: integer('duration_minutes'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_person_idx').on(t.personId, t.occurredAt),
    index('contacts_referral_idx').on(t.referralId, t.occurredAt),
  ],
);

/**
 * Stored responses for `Idempotency-Key` retries: the same key from the same caller returns the
 * first response instead of creating a second record.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

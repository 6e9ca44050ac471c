import { type ShareableField, type SharedDetails, TASK_BUSINESS_STATUSES, TASK_STATUSES, UNMET_NEED_REASONS } from '@kith/shared';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { directoryOrganisations, directoryServices } from './directory.ts';
import { directoryTaxonomyTerms } from './directory-details.ts';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { referrals } from './referrals.ts';
import { users } from './users.ts';

export const taskStatus = pgEnum('task_status', TASK_STATUSES);
export const taskBusinessStatus = pgEnum('task_business_status', TASK_BUSINESS_STATUSES);
export const taskSide = pgEnum('task_side', ['requester', 'provider', 'system']);
export const unmetNeedReason = pgEnum('unmet_need_reason', UNMET_NEED_REASONS);

/**
 * A closed-loop referral from a link worker to a directory service (a FHIR Task). `shared` is
 * the snapshot of the chosen fields taken when it was sent: the provider never reads `people`.
 */
export const onwardReferrals = pgTable(
  'onward_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The PCN holding the person's record: the requester side's scope. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id),
    /** The service's organisation when sent: the provider side's scope. */
    providerOrganizationId: uuid('provider_organization_id')
      .notNull()
      .references(() => directoryOrganisations.id),
    status: taskStatus('status').notNull().default('requested'),
    businessStatus: taskBusinessStatus('business_status'),
    statusReason: text('status_reason'),
    sharedFields: text('shared_fields').array().$type<ShareableField[]>().notNull(),
    shared: jsonb('shared').$type<SharedDetails>().notNull(),
    note: text('note').notNull().default(''),
    consentRecordedBy: uuid('consent_recorded_by')
      .notNull()
      .references(() => users.id),
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }).notNull().defaultNow(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    reminderRaisedAt: timestamp('reminder_raised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('onward_referrals_person_idx').on(t.personId),
    index('onward_referrals_provider_idx').on(t.providerOrganizationId, t.status),
    index('onward_referrals_service_idx').on(t.serviceId, t.status),
    index('onward_referrals_org_idx').on(t.organisationId, t.status),
    // Reports select a PCN's onward referrals sent in a period.
    index('onward_referrals_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

/** Every change to an onward referral: state moves, business status updates, reminders. */
export const onwardReferralEvents = pgTable(
  'onward_referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    onwardReferralId: uuid('onward_referral_id')
      .notNull()
      .references(() => onwardReferrals.id),
    fromStatus: taskStatus('from_status'),
    toStatus: taskStatus('to_status').notNull(),
    businessStatus: taskBusinessStatus('business_status'),
    reason: text('reason'),
    note: text('note'),
    side: taskSide('side').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('onward_referral_events_referral_idx').on(t.onwardReferralId, t.at)],
);

/** The conversation on an onward referral between the provider and the link worker's side. */
export const onwardReferralNotes = pgTable(
  'onward_referral_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    onwardReferralId: uuid('onward_referral_id')
      .notNull()
      .references(() => onwardReferrals.id),
    side: taskSide('side').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('onward_referral_notes_referral_idx').on(t.onwardReferralId, t.createdAt)],
);

/** A need nothing in the directory could meet: what, where and why. Feeds the impact reports. */
export const unmetNeeds = pgTable(
  'unmet_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id').references(() => people.id),
    needTermId: uuid('need_term_id')
      .notNull()
      .references(() => directoryTaxonomyTerms.id),
    area: text('area').notNull(),
    reason: unmetNeedReason('reason').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unmet_needs_org_idx').on(t.organisationId, t.recordedAt), index('unmet_needs_person_idx').on(t.personId)],
);

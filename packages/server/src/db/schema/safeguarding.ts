import { SAFEGUARDING_CATEGORIES, SAFEGUARDING_STATUSES } from '@kith/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { referrals } from './referrals.ts';
import { users } from './users.ts';

export const safeguardingCategory = pgEnum('safeguarding_category', SAFEGUARDING_CATEGORIES);
export const safeguardingStatus = pgEnum('safeguarding_status', SAFEGUARDING_STATUSES);

/** The designated safeguarding leads of an organisation (in practice, a PCN). */
export const safeguardingLeads = pgTable(
  'safeguarding_leads',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] })],
);

/**
 * A safeguarding concern about a person, held by the person's PCN. Never deleted; the check
 * constraint makes "closed without an outcome" impossible even outside the API.
 */
export const safeguardingConcerns = pgTable(
  'safeguarding_concerns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    category: safeguardingCategory('category').notNull(),
    description: text('description').notNull(),
    immediateRisk: boolean('immediate_risk').notNull(),
    status: safeguardingStatus('status').notNull().default('raised'),
    outcome: text('outcome'),
    raisedBy: uuid('raised_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('safeguarding_concerns_person_idx').on(t.personId, t.createdAt),
    check('safeguarding_concerns_closed_outcome', sql`${t.status} <> 'closed' OR ${t.outcome} IS NOT NULL`),
  ],
);

/** Every status change of a concern: who, when, from what to what, and their note. */
export const safeguardingEvents = pgTable(
  'safeguarding_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id),
    fromStatus: safeguardingStatus('from_status'),
    toStatus: safeguardingStatus('to_status').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('safeguarding_events_concern_idx').on(t.concernId, t.at)],
);

/** Who was told about a concern when it was raised; `readAt` is set when they open it. */
export const safeguardingNotifications = pgTable(
  'safeguarding_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => safeguardingConcerns.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    unique('safeguarding_notifications_concern_user_key').on(t.concernId, t.userId),
    index('safeguarding_notifications_user_idx').on(t.userId, t.createdAt),
  ],
);

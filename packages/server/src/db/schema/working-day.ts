import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { people } from './people.ts';
import { contactMode, contacts, referrals } from './referrals.ts';
import { users } from './users.ts';

export const workerTaskStatus = pgEnum('worker_task_status', ['open', 'done']);
export const appointmentStatus = pgEnum('appointment_status', ['booked', 'attended', 'did_not_attend', 'cancelled']);

/**
 * A worker's task (modules/tasks). Manual tasks are rows. Generated tasks (contact due, review
 * due, plan actions…) are worked out when the list is read; a row with their `sourceKey` is
 * written only when one is completed or snoozed, so the list is never out of date.
 */
export const workerTasks = pgTable(
  'worker_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    assigneeUserId: uuid('assignee_user_id')
      .notNull()
      .references(() => users.id),
    /** 'manual', or the generator's kind (e.g. 'review_due'). */
    source: text('source').notNull().default('manual'),
    /** A generated task's identity, e.g. `review_due:<referral id>:<date>`; null for manual tasks. */
    sourceKey: text('source_key').unique(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    personId: uuid('person_id').references(() => people.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    status: workerTaskStatus('status').notNull().default('open'),
    snoozedUntil: date('snoozed_until', { mode: 'string' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('worker_tasks_assignee_idx').on(t.assigneeUserId, t.dueOn).where(sql`status = 'open'`),
    index('worker_tasks_org_idx').on(t.organisationId),
  ],
);

/**
 * A booked contact with the person (modules/appointments). Marking it attended writes the
 * contact (`contactId`) in the same transaction; `version` guards concurrent changes.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    workerUserId: uuid('worker_user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: contactMode('mode').notNull(),
    place: text('place'),
    videoLink: text('video_link'),
    status: appointmentStatus('status').notNull().default('booked'),
    statusReason: text('status_reason'),
    contactId: uuid('contact_id').references(() => contacts.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointments_worker_idx').on(t.workerUserId, t.startsAt),
    index('appointments_org_idx').on(t.organisationId, t.startsAt),
    index('appointments_referral_idx').on(t.referralId, t.startsAt),
  ],
);

/**
 * A user's private calendar subscription: the secret is in the feed's URL and stored here only
 * as its SHA-256. Revoking deletes the row; a new one makes a new secret.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

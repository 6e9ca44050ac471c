import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** How a user wants a kind of notification emailed; in-app notifications are always kept. */
export const notificationEmailChoice = pgEnum('notification_email_choice', ['immediate', 'digest', 'off']);

/**
 * One thing one user should know about (modules/notifications). Titles carry no names or NHS
 * numbers: the link leads to the record, behind sign-in. `dedupeKey` makes a generated
 * notification (an action falling due, a reminder) happen once however often its job runs.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id'),
    title: text('title').notNull(),
    link: text('link').notNull(),
    dedupeKey: text('dedupe_key').unique(),
    /** The email choice taken when it was raised: 'immediate' is queued at once, 'digest' waits for the daily digest. */
    email: notificationEmailChoice('email').notNull().default('off'),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`read_at IS NULL`),
    index('notifications_digest_idx').on(t.userId).where(sql`email = 'digest' AND emailed_at IS NULL`),
  ],
);

/** A user's email choice per notification kind; no row means the kind's default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    email: notificationEmailChoice('email').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

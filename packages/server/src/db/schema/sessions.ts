import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Server-side sessions. `tokenHash` is the SHA-256 of the cookie value, so a copy of the
 * database does not hand out live sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute expiry; idle expiry is computed from `lastSeenAt`. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins per email address and client (IP address), whether or not the account
 * exists, so throttling behaves the same for unknown users and wrong passwords (no account
 * enumeration). One client's failures slow that client only; the failures of every client for
 * one email, in a recent window, slow clients with failures of their own (see ADR 0002).
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    email: text('email').notNull(),
    client: text('client').notNull(),
    /** Failures in a row from this client (reset by a success from it, or forgotten after a quiet day). */
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.client] }), index('sign_in_throttle_email_idx').on(t.email, t.lastFailureAt)],
);

/**
 * Single-use "forgot password" links. Only the SHA-256 of the emailed token is kept, so a copy
 * of the database cannot reset anyone's password. A token works until `expiresAt` and only
 * while `usedAt` is empty; completing a reset uses up every open token of the user.
 */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  // By user and time: how many links an account was sent recently, and using up its open ones.
  (t) => [index('password_reset_tokens_user_idx').on(t.userId, t.createdAt)],
);

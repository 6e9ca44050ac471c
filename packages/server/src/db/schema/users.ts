import { ROLES } from '@kith/shared';
import { boolean, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

export const role = pgEnum('role', ROLES);

/** People who sign in to Kith (staff and partners) — not the people being supported. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-case; unique. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** argon2id PHC string; null for accounts that only sign in through an identity provider. */
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A role held in an organisation; it applies to that organisation and everything below it. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: role('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('memberships_user_org_role_key').on(t.userId, t.organisationId, t.role),
    index('memberships_org_idx').on(t.organisationId),
  ],
);

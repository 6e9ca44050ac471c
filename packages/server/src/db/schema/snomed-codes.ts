import { SNOMED_CODE_USES } from '@kith/shared';
import { sql } from 'drizzle-orm';
import { boolean, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const snomedCodeUse = pgEnum('snomed_code_use', SNOMED_CODE_USES);

/**
 * The SNOMED CT codes Kith writes into GP records, as reference data an administrator keeps
 * (seeded in migration 0017 with the two verified codes of the domain reference). Only verified,
 * active codes are sent; at most one active code per ending use.
 */
export const snomedCodes = pgTable(
  'snomed_codes',
  {
    code: text('code').primaryKey(),
    term: text('term').notNull(),
    use: snomedCodeUse('use').notNull(),
    verified: boolean('verified').notNull().default(false),
    active: boolean('active').notNull().default(true),
    source: text('source'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('snomed_codes_one_active_per_ending')
      .on(t.use)
      .where(sql`${t.active} and ${t.use} not in ('referral_reason', 'other')`),
  ],
);

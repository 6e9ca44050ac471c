import type { PressureSettings, RoiAssumptions } from '@kith/shared';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.ts';
import { referrals } from './referrals.ts';
import { users } from './users.ts';

/**
 * GP consultations and A&E attendances in the six months before and after a referral, recorded
 * from the GP record for the health-system part of the outcomes framework. A null column means
 * "not recorded": reports show completeness and never impute.
 */
export const healthcareUse = pgTable(
  'healthcare_use',
  {
    referralId: uuid('referral_id')
      .primaryKey()
      .references(() => referrals.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    gpConsultationsBefore: integer('gp_consultations_before'),
    gpConsultationsAfter: integer('gp_consultations_after'),
    aeAttendancesBefore: integer('ae_attendances_before'),
    aeAttendancesAfter: integer('ae_attendances_after'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('healthcare_use_person_idx').on(t.personId),
    check(
      'healthcare_use_not_negative',
      sql`coalesce(${t.gpConsultationsBefore}, 0) >= 0 AND coalesce(${t.gpConsultationsAfter}, 0) >= 0 AND coalesce(${t.aeAttendancesBefore}, 0) >= 0 AND coalesce(${t.aeAttendancesAfter}, 0) >= 0`,
    ),
  ],
);

/**
 * Report settings: caseload capacity and alert thresholds, and the saved ROI assumptions. One row
 * (`id = 'default'`); when it is absent the defaults in packages/shared/src/schemas/reports.ts apply.
 */
export const reportSettings = pgTable('report_settings', {
  id: text('id').primaryKey(),
  pressure: jsonb('pressure').$type<PressureSettings>().notNull(),
  roi: jsonb('roi').$type<RoiAssumptions>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

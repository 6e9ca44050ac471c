import { AFC_BANDS, CONTRACT_TYPES, EMPLOYMENT_MODELS, FUNDING_SOURCES, POST_ROLES } from '@kith/shared';
import { boolean, date, index, integer, numeric, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

export const postRole = pgEnum('post_role', POST_ROLES);
export const afcBand = pgEnum('afc_band', AFC_BANDS);
export const contractType = pgEnum('contract_type', CONTRACT_TYPES);
export const employmentModel = pgEnum('employment_model', EMPLOYMENT_MODELS);
export const fundingSource = pgEnum('funding_source', FUNDING_SOURCES);

const money = (name: string) => numeric(name, { precision: 12, scale: 2, mode: 'number' });
const rate = (name: string) => numeric(name, { precision: 7, scale: 5, mode: 'number' });

/**
 * A funded post in a PCN and the person in it. Pay is either an Agenda for Change band with a
 * starting pay point (progressing by date, see packages/shared/src/rules/funding.ts) or a spot salary.
 */
export const workforcePosts = pgTable(
  'workforce_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pcnId: uuid('pcn_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    role: postRole('role').notNull(),
    employmentModel: employmentModel('employment_model').notNull(),
    /** The lead practice or the VCSE organisation that employs the post holder. */
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    holderUserId: uuid('holder_user_id').references(() => users.id),
    holderName: text('holder_name'),
    band: afcBand('band'),
    /** 1-based pay point within the band when the post started. */
    startingPayPoint: integer('starting_pay_point'),
    spotSalary: money('spot_salary'),
    wte: numeric('wte', { precision: 4, scale: 2, mode: 'number' }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    contractType: contractType('contract_type').notNull(),
    fundingSource: fundingSource('funding_source').notNull(),
    /** Subcontract management costs claimed per year per WTE (VCSE subcontracts; capped in the rules). */
    managementCostPerWte: money('management_cost_per_wte'),
    lineManagerUserId: uuid('line_manager_user_id').references(() => users.id),
    clinicalSupervisorUserId: uuid('clinical_supervisor_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workforce_posts_pcn_idx').on(t.pcnId), index('workforce_posts_holder_idx').on(t.holderUserId)],
);

/** ARRS maximum reimbursable amount per WTE per year, by financial year ("2023/24") and role. */
export const arrsCaps = pgTable(
  'arrs_caps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    financialYear: text('financial_year').notNull(),
    role: postRole('role').notNull(),
    maximumAmount: money('maximum_amount').notNull(),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('arrs_caps_year_role_key').on(t.financialYear, t.role)],
);

/** Agenda for Change (England) annual pay points by financial year, band and point. */
export const afcPayPoints = pgTable(
  'afc_pay_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    financialYear: text('financial_year').notNull(),
    band: afcBand('band').notNull(),
    /** 1-based: Band 5 has points 1, 2, 3. */
    point: integer('point').notNull(),
    annualSalary: money('annual_salary').notNull(),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('afc_pay_points_year_band_point_key').on(t.financialYear, t.band, t.point)],
);

/** Employer on-costs by financial year: National Insurance (rate above a threshold) and pension. */
export const employerOnCostRates = pgTable('employer_on_cost_rates', {
  financialYear: text('financial_year').primaryKey(),
  niRate: rate('ni_rate').notNull(),
  niAnnualThreshold: money('ni_annual_threshold').notNull(),
  pensionRate: rate('pension_rate').notNull(),
  source: text('source').notNull(),
  verified: boolean('verified').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

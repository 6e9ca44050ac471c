import { SUPERVISION_TYPES } from '@kith/shared';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { httpUrlCheck } from './url-checks.ts';
import { users } from './users.ts';

export const supervisionType = pgEnum('supervision_type', SUPERVISION_TYPES);

/**
 * A supervision session between a supervisor and a supervisee (others may attend). The private
 * notes are readable only by those two (modules/supervision policy), and every read is audited.
 */
export const supervisionSessions = pgTable(
  'supervision_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pcnId: uuid('pcn_id')
      .notNull()
      .references(() => organisations.id),
    type: supervisionType('type').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    supervisorUserId: uuid('supervisor_user_id')
      .notNull()
      .references(() => users.id),
    superviseeUserId: uuid('supervisee_user_id')
      .notNull()
      .references(() => users.id),
    /** Other attendees (names, free text), e.g. at group peer supervision. */
    otherAttendees: text('other_attendees').array().notNull().default([]),
    privateNotes: text('private_notes').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_sessions_supervisee_idx').on(t.superviseeUserId, t.heldOn),
    index('supervision_sessions_pcn_idx').on(t.pcnId, t.heldOn),
  ],
);

/** A course in the training catalogue; `renewEveryMonths` makes it due again after completion. */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    provider: text('provider'),
    url: text('url'),
    /** Required for every link worker (then it shows as due until completed). */
    required: boolean('required').notNull().default(false),
    renewEveryMonths: integer('renew_every_months'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [httpUrlCheck('training_courses_url_http', t.url)],
);

/** A user completing a course, with evidence (a note or a link to a certificate). */
export const trainingCompletions = pgTable(
  'training_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    evidence: text('evidence').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_completions_user_idx').on(t.userId, t.completedOn)],
);

/** A competency framework (configurable); its competencies are a list of {id, area, statement}. */
export const competencyFrameworks = pgTable('competency_frameworks', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  competencies: jsonb('competencies').$type<{ id: string; area: string; statement: string }[]>().notNull(),
  active: boolean('active').notNull().default(true),
});

/** A user's self-assessment against a framework: a rating 1–4 per competency id. */
export const competencySelfAssessments = pgTable(
  'competency_self_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => competencyFrameworks.id),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('competency_self_assessments_user_idx').on(t.userId, t.assessedOn)],
);

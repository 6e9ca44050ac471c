import { CHECKLIST_STATUSES } from '@kith/shared';
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

export const checklistStatus = pgEnum('checklist_status', CHECKLIST_STATUSES);

/** A round of the wellbeing pulse for the link workers of an organisation (a PCN or an ICB). */
export const pulseRounds = pgTable(
  'pulse_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pulse_rounds_org_idx').on(t.organisationId, t.opensOn)],
);

/**
 * Anonymous answers: no user id and no time of answering, so a response cannot be joined back
 * to `pulse_participation` (which only stops a second answer). `groupOrganisationId` is the
 * respondent's PCN, the smallest group results are shown for (and only when 5 or more answered).
 */
export const pulseResponses = pgTable(
  'pulse_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => pulseRounds.id),
    groupOrganisationId: uuid('group_organisation_id')
      .notNull()
      .references(() => organisations.id),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
  },
  (t) => [index('pulse_responses_round_idx').on(t.roundId, t.groupOrganisationId)],
);

/** Who has answered a round (never what they answered). */
export const pulseParticipation = pgTable(
  'pulse_participation',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => pulseRounds.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/** A PCN's implementation checklist; `defaultKey` marks items seeded from Kith's default list. */
export const implementationChecklistItems = pgTable(
  'implementation_checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pcnId: uuid('pcn_id')
      .notNull()
      .references(() => organisations.id),
    defaultKey: text('default_key'),
    title: text('title').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    ownerName: text('owner_name'),
    dueDate: date('due_date', { mode: 'string' }),
    status: checklistStatus('status').notNull().default('not_started'),
    notes: text('notes').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(100),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('implementation_checklist_pcn_default_key').on(t.pcnId, t.defaultKey),
    index('implementation_checklist_pcn_idx').on(t.pcnId),
  ],
);

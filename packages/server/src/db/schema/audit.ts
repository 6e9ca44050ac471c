import { AUDIT_ACTIONS } from '@kith/shared';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { role } from './users.ts';

export const auditAction = pgEnum('audit_action', AUDIT_ACTIONS);

/**
 * Append-only audit trail. A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE on
 * both databases. No foreign keys: events must outlive anything they mention.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRole: role('actor_role'),
    actorOrganisationId: uuid('actor_organisation_id'),
    action: auditAction('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    requestId: text('request_id'),
    /** Non-identifying context only (changed field names, reasons) — never personal data. */
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_record_idx').on(t.recordType, t.recordId),
    index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
  ],
);

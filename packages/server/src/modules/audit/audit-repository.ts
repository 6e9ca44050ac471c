import type { AuditQuery } from '@kith/shared';
import { and, count, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents, users } from '../../db/schema/index.ts';

export interface AuditFilter extends AuditQuery {
  /** Events by actors acting through these organisations. */
  organisationIds: string[];
  /** Also events with no organisation (failed sign-ins, anonymous requests). */
  includeUnattributed: boolean;
}

/** Appends one audit event (the table is append-only: nothing here updates or deletes). */
export async function insertAuditEvent(db: DbOrTx, values: typeof auditEvents.$inferInsert): Promise<void> {
  await db.insert(auditEvents).values(values);
}

/** An audit event with the email of the account that acted, if any. */
export interface AuditEventWithActor {
  event: typeof auditEvents.$inferSelect;
  actorEmail: string | null;
}

export async function listAuditEvents(db: DbOrTx, filter: AuditFilter): Promise<{ items: AuditEventWithActor[]; total: number }> {
  const where = and(
    or(
      filter.organisationIds.length > 0 ? inArray(auditEvents.actorOrganisationId, filter.organisationIds) : undefined,
      filter.includeUnattributed ? isNull(auditEvents.actorOrganisationId) : undefined,
    ),
    filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.recordType ? eq(auditEvents.recordType, filter.recordType) : undefined,
    filter.recordId ? eq(auditEvents.recordId, filter.recordId) : undefined,
    filter.from ? gte(auditEvents.occurredAt, new Date(filter.from)) : undefined,
    filter.to ? lte(auditEvents.occurredAt, new Date(filter.to)) : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(auditEvents).where(where);
  const rows = await db
    .select({ event: auditEvents, actorEmail: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total: totalRow?.n ?? 0, items: rows };
}

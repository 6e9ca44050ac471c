import type { AuditAction } from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { insertAuditEvent } from './audit-repository.ts';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  /** The membership the actor acted through; defaults to their first. */
  via?: ActorMembership;
  /** Non-identifying context: changed field names, reasons, counts. Never personal data. */
  detail?: Record<string, unknown>;
  /** For events without a signed-in actor (failed sign-in): the user concerned, if known. */
  actorUserId?: string | null;
}

/**
 * Writes one audit event. Call it with the transaction that makes the change, so the change
 * and its record commit or roll back together.
 */
export async function recordAudit(db: DbOrTx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const via = entry.via ?? ctx.actor?.memberships[0];
  await insertAuditEvent(db, {
    actorUserId: ctx.actor?.userId ?? entry.actorUserId ?? null,
    actorRole: via?.role ?? null,
    actorOrganisationId: via?.organisationId ?? null,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    requestId: ctx.requestId,
    detail: entry.detail ?? null,
  });
}

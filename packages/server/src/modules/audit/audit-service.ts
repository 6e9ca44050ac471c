import type { AuditPage, AuditQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { findOrganisationsByIds } from '../organisations/organisation-repository.ts';
import { listAuditEvents } from './audit-repository.ts';
import { toAuditEvent } from './audit-view.ts';
import { recordAudit } from './audit-writer.ts';

/**
 * Admins see events of actors in the organisations they administer. Events with no
 * organisation (failed sign-ins, anonymous refusals) are shown to administrators of a
 * top-level organisation only.
 */
export async function searchAuditTrail(db: Db, ctx: RequestContext, query: AuditQuery): Promise<AuditPage> {
  const scope = await scopeFor(db, ctx, 'audit:read');
  const [via] = await findOrganisationsByIds(db, [scope.via.organisationId]);
  const { items, total } = await listAuditEvents(db, {
    ...query,
    organisationIds: scope.organisationIds,
    includeUnattributed: via?.parentId === null,
  });
  await recordAudit(db, ctx, { action: 'list', recordType: 'audit_event', via: scope.via, detail: { count: items.length } });
  return { items: items.map(toAuditEvent), total, page: query.page, pageSize: query.pageSize };
}

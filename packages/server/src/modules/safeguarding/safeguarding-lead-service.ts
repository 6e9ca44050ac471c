import type { SafeguardingLeads, SetSafeguardingLeadsRequest } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findLeads, findOrganisationKind, replaceLeads, usersReaching } from './safeguarding-lead-repository.ts';

/** The designated safeguarding leads of an organisation the admin manages. */
export async function getSafeguardingLeads(db: Db, ctx: RequestContext, organisationId: string): Promise<SafeguardingLeads> {
  const scope = await scopeFor(db, ctx, 'organisations:manage');
  assertInScope(scope, organisationId, 'Organisation');
  if (!(await findOrganisationKind(db, organisationId))) throw notFound('Organisation');
  return { organisationId, leads: await findLeads(db, organisationId) };
}

/**
 * Replaces the designated leads of a PCN. Concerns about a PCN's people are escalated to its
 * leads, so only PCNs have them, and each lead must be an active user whose role reaches the PCN.
 */
export async function setSafeguardingLeads(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: SetSafeguardingLeadsRequest,
): Promise<SafeguardingLeads> {
  const scope = await scopeFor(db, ctx, 'organisations:manage');
  assertInScope(scope, organisationId, 'Organisation');
  const kind = await findOrganisationKind(db, organisationId);
  if (!kind) throw notFound('Organisation');
  if (kind !== 'pcn') {
    throw new AppError('validation', 'Safeguarding leads are named for a primary care network', {
      issues: [{ path: 'id', message: 'Choose a primary care network' }],
    });
  }
  const userIds = [...new Set(input.userIds)];
  const eligible = await usersReaching(db, organisationId, userIds);
  const issues = input.userIds.flatMap((id, index) =>
    eligible.has(id)
      ? []
      : [{ path: `userIds.${index}`, message: 'Choose an active user who works in this primary care network' }],
  );
  if (issues.length > 0) throw new AppError('validation', 'Check the highlighted fields', { issues });
  await db.transaction(async (tx) => {
    await replaceLeads(tx, organisationId, userIds);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'safeguarding_leads',
      recordId: organisationId,
      via: scope.via,
      detail: { count: userIds.length },
    });
  });
  return { organisationId, leads: await findLeads(db, organisationId) };
}

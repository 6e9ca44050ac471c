import type { CreateOrganisationRequest, Organisation, OrganisationListQuery, UpdateOrganisationRequest } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { grantMembership } from '../users/user-repository.ts';
import { assertNoCycle, assertPlacementAllowed, assertServedPcnsAllowed } from './organisation-policy.ts';
import {
  findByOdsCode,
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  replaceServedPcns,
  updateOrganisationRow,
} from './organisation-repository.ts';
import { toOrganisation } from './organisation-view.ts';

export async function listVisibleOrganisations(
  db: Db,
  ctx: RequestContext,
  query: OrganisationListQuery,
): Promise<Organisation[]> {
  const scope = await scopeFor(db, ctx, 'organisations:read');
  return (await listOrganisations(db, { organisationIds: scope.organisationIds, ...query })).map(toOrganisation);
}

export async function getOrganisation(db: Db, ctx: RequestContext, id: string): Promise<Organisation> {
  const scope = await scopeFor(db, ctx, 'organisations:read');
  assertInScope(scope, id, 'Organisation');
  return mustFind(db, id);
}

export async function createOrganisation(db: Db, ctx: RequestContext, input: CreateOrganisationRequest): Promise<Organisation> {
  const scope = await scopeFor(db, ctx, 'organisations:manage');
  const parentId = input.parentId ?? null;
  const servesPcnIds = input.servesPcnIds ?? [];
  await assertPlacementAllowed(db, scope, input.kind, parentId);
  await assertServedPcnsAllowed(db, scope, input.kind, servesPcnIds);
  await assertOdsCodeFree(db, input.odsCode ?? null, null);
  const id = await db.transaction(async (tx) => {
    const newId = await insertOrganisation(tx, { name: input.name, kind: input.kind, odsCode: input.odsCode ?? null, parentId });
    await replaceServedPcns(tx, newId, servesPcnIds);
    // A new top-level organisation is outside everyone's scope; its creator administers it.
    if (parentId === null) await grantMembership(tx, { userId: requireActor(ctx).userId, organisationId: newId, role: 'admin' });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'organisation', recordId: newId, via: scope.via });
    return newId;
  });
  return mustFind(db, id);
}

export async function updateOrganisation(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateOrganisationRequest,
): Promise<Organisation> {
  const scope = await scopeFor(db, ctx, 'organisations:manage');
  assertInScope(scope, id, 'Organisation');
  const current = await mustFind(db, id);
  if (input.parentId !== undefined && input.parentId !== current.parentId) {
    await assertPlacementAllowed(db, scope, current.kind, input.parentId);
    await assertNoCycle(db, id, input.parentId);
  }
  if (input.servesPcnIds) await assertServedPcnsAllowed(db, scope, current.kind, input.servesPcnIds);
  if (input.odsCode) await assertOdsCodeFree(db, input.odsCode, id);
  const { servesPcnIds, ...columns } = input;
  await db.transaction(async (tx) => {
    await updateOrganisationRow(tx, id, columns);
    if (servesPcnIds) await replaceServedPcns(tx, id, servesPcnIds);
    const action = input.active !== undefined && input.active !== current.active ? 'state_change' : 'update';
    await recordAudit(tx, ctx, {
      action,
      recordType: 'organisation',
      recordId: id,
      via: scope.via,
      detail: { fields: Object.keys(input) },
    });
  });
  return mustFind(db, id);
}

async function assertOdsCodeFree(db: DbOrTx, odsCode: string | null, exceptId: string | null): Promise<void> {
  if (!odsCode) return;
  const existing = await findByOdsCode(db, odsCode);
  if (existing && existing.id !== exceptId) throw conflict(`ODS code ${odsCode} is already used by another organisation`);
}

async function mustFind(db: DbOrTx, id: string): Promise<Organisation> {
  const found = await findOrganisation(db, id);
  if (!found) throw notFound('Organisation');
  return toOrganisation(found);
}

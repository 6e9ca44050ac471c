import type { CreateUnmetNeedRequest, UnmetNeed, UnmetNeedQuery } from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { assertInScope, requireActor, scopeFor, withDescendants } from '../../access/org-scope.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import type { Db } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findUnmetNeed, insertUnmetNeed, listUnmetNeeds, needTermExists } from './unmet-need-repository.ts';
import { toUnmetNeed } from './unmet-need-view.ts';

/**
 * Unmet needs: what the local offer could not meet, where and why. Recorded by the care team
 * for their PCN (the person's PCN when there is a person); read by the care team and PCN
 * managers for the organisations in their scope, for the impact reports.
 */
export async function recordUnmetNeed(db: Db, ctx: RequestContext, input: CreateUnmetNeedRequest): Promise<UnmetNeed> {
  const actor = requireActor(ctx);
  const { organisationId, via } = await recordingOrganisation(db, ctx, input);
  if (!(await needTermExists(db, input.needTermId))) throw validationError('needTermId', 'Choose a need from the list');
  const id = await db.transaction(async (tx) => {
    const id = await insertUnmetNeed(tx, {
      organisationId,
      personId: input.personId ?? null,
      needTermId: input.needTermId,
      area: input.area,
      reason: input.reason,
      note: input.note,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'unmet_need',
      recordId: id,
      via,
      detail: { reason: input.reason, needTermId: input.needTermId, withPerson: Boolean(input.personId) },
    });
    return id;
  });
  const need = await findUnmetNeed(db, id);
  if (!need) throw notFound('Unmet need');
  return toUnmetNeed(need);
}

/**
 * The PCN a need is recorded for: with a person, the one holding their record (through the person
 * gate); without, the one chosen, which must be in the caller's scope.
 */
async function recordingOrganisation(
  db: Db,
  ctx: RequestContext,
  input: CreateUnmetNeedRequest,
): Promise<{ organisationId: string; via: ActorMembership }> {
  if (input.personId) {
    const { person, via } = await loadPersonFor(db, ctx, input.personId, 'unmet-needs:record');
    if (input.organisationId && input.organisationId !== person.organisationId) {
      throw validationError('organisationId', "A person's unmet need is recorded for the PCN that holds their record");
    }
    return { organisationId: person.organisationId, via };
  }
  const scope = await scopeFor(db, ctx, 'unmet-needs:record');
  if (!input.organisationId) throw validationError('organisationId', 'Choose the PCN recording this need');
  assertInScope(scope, input.organisationId, 'Organisation');
  return { organisationId: input.organisationId, via: scope.via };
}

export async function findUnmetNeeds(
  db: Db,
  ctx: RequestContext,
  query: UnmetNeedQuery,
): Promise<{ items: UnmetNeed[]; total: number; page: number; pageSize: number }> {
  const scope = await scopeFor(db, ctx, 'unmet-needs:read');
  let organisationIds = scope.organisationIds;
  if (query.organisationId) {
    assertInScope(scope, query.organisationId, 'Organisation');
    const below = new Set(await withDescendants(db, [query.organisationId]));
    organisationIds = organisationIds.filter((id) => below.has(id));
  }
  const { items, total } = await listUnmetNeeds(db, {
    organisationIds,
    personId: query.personId,
    page: query.page,
    pageSize: query.pageSize,
  });
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'unmet_need',
    recordId: query.personId ?? null,
    via: scope.via,
    detail: { count: items.length, total },
  });
  return { items: items.map(toUnmetNeed), total, page: query.page, pageSize: query.pageSize };
}

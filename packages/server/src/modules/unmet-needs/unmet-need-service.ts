import type { CreateUnmetNeedRequest, UnmetNeed, UnmetNeedQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, requireActor, scopeFor, withDescendants } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import {
  findPersonOrganisation,
  findUnmetNeed,
  insertUnmetNeed,
  listUnmetNeeds,
  needTermExists,
} from './unmet-need-repository.ts';

/**
 * Unmet needs: what the local offer could not meet, where and why. Recorded by the care team
 * for their PCN (the person's PCN when there is a person); read by the care team and PCN
 * managers for the organisations in their scope, for the impact reports.
 */
export async function recordUnmetNeed(db: Db, ctx: RequestContext, input: CreateUnmetNeedRequest): Promise<UnmetNeed> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'unmet-needs:record');
  let organisationId: string;
  if (input.personId) {
    const personOrganisation = await findPersonOrganisation(db, input.personId);
    if (!personOrganisation || !scope.organisationIds.includes(personOrganisation)) throw notFound('Person');
    if (input.organisationId && input.organisationId !== personOrganisation) {
      throw validationError('organisationId', "A person's unmet need is recorded for the PCN that holds their record");
    }
    organisationId = personOrganisation;
  } else {
    if (!input.organisationId) throw validationError('organisationId', 'Choose the PCN recording this need');
    assertInScope(scope, input.organisationId, 'Organisation');
    organisationId = input.organisationId;
  }
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
      via: scope.via,
      detail: { reason: input.reason, needTermId: input.needTermId, withPerson: Boolean(input.personId) },
    });
    return id;
  });
  const need = await findUnmetNeed(db, id);
  if (!need) throw notFound('Unmet need');
  return need;
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
  return { items, total, page: query.page, pageSize: query.pageSize };
}

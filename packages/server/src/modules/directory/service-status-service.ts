import type { CapacityUpdate, ServiceDetail } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { DirectoryPolicy } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { assertMayCurateService, type Curator, requireCurator } from './directory-policy.ts';
import { detailOf } from './directory-service.ts';
import { findOwnedService, type OwnedService, patchService } from './service-repository.ts';

/**
 * The small curation actions: verify, the provider's one-click capacity update (which also
 * counts as verifying: they have just confirmed the service is running), archive and restore.
 */
type Policy = Pick<DirectoryPolicy, 'staleAfterMonths'>;

async function loadForCuration(
  db: Db,
  ctx: RequestContext,
  serviceId: string,
): Promise<{ service: OwnedService; curator: Curator }> {
  const curator = await requireCurator(db, ctx);
  const service = await findOwnedService(db, serviceId);
  if (!service) throw notFound('Service');
  assertMayCurateService(curator, service.kithOrganisationId);
  return { service, curator };
}

/** Marks the service verified now, by the caller. */
export async function verifyService(db: Db, ctx: RequestContext, serviceId: string, policy: Policy): Promise<ServiceDetail> {
  const actor = requireActor(ctx);
  const { curator } = await loadForCuration(db, ctx, serviceId);
  const at = new Date();
  await db.transaction(async (tx) => {
    await patchService(tx, serviceId, { lastVerifiedAt: at, lastVerifiedBy: actor.userId }, at);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'directory_service',
      recordId: serviceId,
      via: curator.via,
      detail: { verified: true },
    });
  });
  return detailOf(db, serviceId, true, policy);
}

/** Capacity and typical wait in one click; an absent wait is left as it was, null clears it. */
export async function updateCapacity(
  db: Db,
  ctx: RequestContext,
  { serviceId, input }: { serviceId: string; input: CapacityUpdate },
  policy: Policy,
): Promise<ServiceDetail> {
  const actor = requireActor(ctx);
  const { service, curator } = await loadForCuration(db, ctx, serviceId);
  const at = new Date();
  await db.transaction(async (tx) => {
    await patchService(
      tx,
      serviceId,
      {
        capacityStatus: input.capacityStatus,
        ...(input.typicalWaitDays !== undefined ? { typicalWaitDays: input.typicalWaitDays } : {}),
        lastVerifiedAt: at,
        lastVerifiedBy: actor.userId,
      },
      at,
    );
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'directory_service',
      recordId: serviceId,
      via: curator.via,
      detail: { capacityFrom: service.capacityStatus, capacityTo: input.capacityStatus, verified: true },
    });
  });
  return detailOf(db, serviceId, true, policy);
}

/** Hides the service from search and the ORUK feed, or returns it; 409 when it already is so. */
export async function setArchived(
  db: Db,
  ctx: RequestContext,
  { serviceId, archived }: { serviceId: string; archived: boolean },
  policy: Policy,
): Promise<ServiceDetail> {
  const { service, curator } = await loadForCuration(db, ctx, serviceId);
  if ((service.archivedAt !== null) === archived) {
    throw new AppError('conflict', archived ? 'The service is already archived' : 'The service is not archived', {
      allowed: [archived ? 'restore' : 'archive'],
    });
  }
  const at = new Date();
  await db.transaction(async (tx) => {
    await patchService(tx, serviceId, { archivedAt: archived ? at : null }, at);
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'directory_service',
      recordId: serviceId,
      via: curator.via,
      detail: { archived },
    });
  });
  return detailOf(db, serviceId, true, policy);
}

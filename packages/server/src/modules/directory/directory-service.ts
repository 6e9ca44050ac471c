import type { ServiceDetail, ServiceInput } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { DirectoryPolicy } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import {
  assertMayCurateService,
  assertMayPlaceUnder,
  type Curator,
  curatorIfAny,
  mayCurate,
  requireCurator,
  requireDirectoryReader,
} from './directory-policy.ts';
import { loadServiceDetail } from './service-detail-read-repository.ts';
import { toServiceDetail } from './service-detail-view.ts';
import { currentLocationIds, replaceServiceDetails } from './service-detail-write-repository.ts';
import { assertOwnLocations, assertTermsExist, placeLocations } from './service-input-checks.ts';
import { findOrganisationLink, findOwnedService, insertService, updateServiceRow } from './service-repository.ts';

/**
 * Creating and editing directory services. Saving the whole form counts as verifying: the
 * curator has just reviewed every detail. Exported for the demo data loader and the ORUK
 * import, which call it with a context of their own.
 */
export async function createService(
  db: Db,
  ctx: RequestContext,
  input: ServiceInput,
  policy: Pick<DirectoryPolicy, 'staleAfterMonths'>,
): Promise<ServiceDetail> {
  const actor = requireActor(ctx);
  const curator = await requireCurator(db, ctx);
  await assertOrganisationFor(db, curator, input.organisationId);
  await assertTermsExist(db, input.termIds);
  // A new service has no locations yet: any ids given are ignored and new locations made.
  const placed = await placeLocations(
    db,
    input.locations.map(({ id: _ignored, ...location }) => location),
  );
  const at = new Date();
  const id = await db.transaction(async (tx) => {
    const serviceId = await insertService(tx, input, actor.userId, at);
    await replaceServiceDetails(tx, serviceId, input, placed);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'directory_service',
      recordId: serviceId,
      via: curator.via,
      detail: { organisationId: input.organisationId, locations: placed.length, terms: input.termIds.length },
    });
    return serviceId;
  });
  return detailOf(db, id, true, policy);
}

/** Replaces the service and all its details with the input (locations named by id survive). */
export async function updateService(
  db: Db,
  ctx: RequestContext,
  { serviceId, input }: { serviceId: string; input: ServiceInput },
  policy: Pick<DirectoryPolicy, 'staleAfterMonths'>,
): Promise<ServiceDetail> {
  const actor = requireActor(ctx);
  const curator = await requireCurator(db, ctx);
  const service = await findOwnedService(db, serviceId);
  if (!service) throw notFound('Service');
  assertMayCurateService(curator, service.kithOrganisationId);
  if (input.organisationId !== service.organizationId) await assertOrganisationFor(db, curator, input.organisationId);
  await assertTermsExist(db, input.termIds);
  assertOwnLocations(input.locations, await currentLocationIds(db, serviceId));
  const placed = await placeLocations(db, input.locations);
  const at = new Date();
  await db.transaction(async (tx) => {
    await updateServiceRow(tx, serviceId, input, { verifiedBy: actor.userId, at });
    await replaceServiceDetails(tx, serviceId, input, placed);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'directory_service',
      recordId: serviceId,
      via: curator.via,
      detail: {
        organisationChanged: input.organisationId !== service.organizationId,
        locations: placed.length,
        terms: input.termIds.length,
      },
    });
  });
  return detailOf(db, serviceId, true, policy);
}

/** `GET /api/directory/services/:id`: any signed-in user; `canEdit` says whether they curate it. */
export async function getService(
  db: Db,
  ctx: RequestContext,
  serviceId: string,
  policy: Pick<DirectoryPolicy, 'staleAfterMonths'>,
): Promise<ServiceDetail> {
  requireDirectoryReader(ctx);
  const service = await findOwnedService(db, serviceId);
  if (!service) throw notFound('Service');
  const curator = await curatorIfAny(db, ctx);
  return detailOf(db, serviceId, mayCurate(curator, service.kithOrganisationId), policy);
}

export async function detailOf(
  db: DbOrTx,
  serviceId: string,
  canEdit: boolean,
  policy: Pick<DirectoryPolicy, 'staleAfterMonths'>,
): Promise<ServiceDetail> {
  const stored = await loadServiceDetail(db, serviceId);
  if (!stored) throw notFound('Service');
  return toServiceDetail(stored, { canEdit, staleAfterMonths: policy.staleAfterMonths });
}

async function assertOrganisationFor(db: DbOrTx, curator: Curator, organisationId: string): Promise<void> {
  const organisation = await findOrganisationLink(db, organisationId);
  if (!organisation) throw validationError('organisationId', 'Choose an organisation from the directory');
  assertMayPlaceUnder(curator, organisation.kithOrganisationId);
}

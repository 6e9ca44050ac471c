import type { DirectoryMapSettings, ManagedServiceQuery, ServiceSearchPage, ServiceSearchQuery } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DirectoryPolicy } from '../../config.ts';
import type { DbOrTx } from '../../db/client.ts';
import { requireCentroid } from '../postcodes/postcode-service.ts';
import { curatedKithOrganisations, requireCurator, requireDirectoryReader } from './directory-policy.ts';
import { managedServiceRows } from './managed-service-repository.ts';
import { type SearchCriteria, searchServiceRows } from './service-search-repository.ts';
import { toServiceSummaries } from './service-summary-view.ts';

type Policy = Pick<DirectoryPolicy, 'staleAfterMonths'>;

/**
 * `GET /api/directory/services`: any signed-in user. The directory is public information (the
 * ORUK feed publishes it), so searches are not audited. An unknown postcode is a 400 naming
 * `postcode`: Kith cannot measure distance from a place it does not know.
 */
export async function searchServices(
  db: DbOrTx,
  ctx: RequestContext,
  query: ServiceSearchQuery,
  policy: Policy,
): Promise<ServiceSearchPage> {
  requireDirectoryReader(ctx);
  const centroid = query.postcode ? await requireCentroid(db, query.postcode) : null;
  const criteria: SearchCriteria = {
    words: query.q ? query.q : null,
    needIds: [...new Set(query.need)],
    centre: centroid ? { latitude: centroid.latitude, longitude: centroid.longitude, radiusKm: query.radiusKm } : null,
    age: query.age ?? null,
    day: query.day ?? null,
    time: query.time ?? null,
    openToReferrals: query.openToReferrals,
    maxWaitDays: query.maxWaitDays ?? null,
    freeOnly: query.freeOnly,
    staleAfterMonths: policy.staleAfterMonths,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const page = await searchServiceRows(db, criteria);
  return {
    items: toServiceSummaries(page),
    total: page.total ?? (await totalBeyondLastPage(db, criteria)),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The total rides on the page's rows; a page past the end has none, so ask for it alone. */
async function totalBeyondLastPage(db: DbOrTx, criteria: SearchCriteria): Promise<number> {
  if (criteria.offset === 0) return 0;
  return (await searchServiceRows(db, { ...criteria, limit: 1, offset: 0 })).total ?? 0;
}

/** `GET /api/directory/manage/services`: admins see every service, providers their own. */
export async function listManagedServices(
  db: DbOrTx,
  ctx: RequestContext,
  query: ManagedServiceQuery,
  policy: Policy,
): Promise<ServiceSearchPage> {
  const curator = await requireCurator(db, ctx);
  const scope = curatedKithOrganisations(curator);
  const page = await managedServiceRows(db, query, scope, policy.staleAfterMonths);
  const count =
    page.total ??
    (query.page > 1
      ? ((await managedServiceRows(db, { ...query, page: 1, pageSize: 1 }, scope, policy.staleAfterMonths)).total ?? 0)
      : 0);
  return { items: toServiceSummaries(page), total: count, page: query.page, pageSize: query.pageSize };
}

/**
 * `GET /api/directory/map-settings`: the tile source for the map beside the results, for anyone
 * who may search. Null tiles: no third party is asked for map images (nor learns where anyone searched).
 */
export function mapSettings(ctx: RequestContext, policy: Pick<DirectoryPolicy, 'mapTiles'>): DirectoryMapSettings {
  requireDirectoryReader(ctx);
  return { tiles: policy.mapTiles };
}

import { and, asc, count, desc, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  directoryLocations,
  directoryOrganisations,
  directoryServiceAtLocations,
  directoryServices,
  directoryTaxonomies,
  directoryTaxonomyTerms,
} from '../../../db/schema/index.ts';
import { type StoredService, storedServiceColumns } from './oruk-detail-loader.ts';
import { pageWindow } from './oruk-page-window.ts';
import type { OrganizationRow, ServiceAtLocationRow, TaxonomyRow, TermRow } from './oruk-rows.ts';
import { likePattern, publishedServiceConditions, type ServiceFilter } from './oruk-service-conditions.ts';

/**
 * The paged queries of the public ORUK feed. Archived services are never published, so every
 * service query carries `archived_at IS NULL`. Pages are ordered by id: stable, and the primary
 * key index serves the far end of a 100,000-service feed without sorting it.
 */

export interface Paging {
  page: number;
  perPage: number;
}

export interface PageRows<T> {
  total: number;
  rows: T[];
}

const offsetOf = (paging: Paging) => (paging.page - 1) * paging.perPage;

/**
 * The profile pages by number, so there is no cursor to seek from. A deep page stays cheap in two
 * ways: a page in the back half is walked from the far end of the primary-key index (the total is
 * counted anyway), and, in one statement, a deferred join walks only bare ids past the rows OFFSET
 * skips and reads just the page's rows in full.
 */
export async function pageServices(db: DbOrTx, filter: ServiceFilter, paging: Paging): Promise<PageRows<StoredService>> {
  const where = publishedServiceConditions(filter);
  const [counted] = await db.select({ total: count() }).from(directoryServices).where(where);
  const total = counted?.total ?? 0;
  const window = pageWindow(total, paging.page, paging.perPage);
  if (!window) return { total, rows: [] };
  const pageIds = db
    .select({ id: directoryServices.id })
    .from(directoryServices)
    .where(where)
    .orderBy(window.from === 'start' ? asc(directoryServices.id) : desc(directoryServices.id))
    .limit(window.limit)
    .offset(window.offset);
  const rows = await db
    .select(storedServiceColumns)
    .from(directoryServices)
    .where(inArray(directoryServices.id, pageIds))
    .orderBy(asc(directoryServices.id));
  return { total, rows };
}

/** A published (not archived) service. */
export async function findPublishedService(db: DbOrTx, id: string): Promise<StoredService | null> {
  const [row] = await db
    .select(storedServiceColumns)
    .from(directoryServices)
    .where(and(eq(directoryServices.id, id), isNull(directoryServices.archivedAt)));
  return row ?? null;
}

export async function pageTaxonomies(db: DbOrTx, paging: Paging): Promise<PageRows<TaxonomyRow>> {
  const [counted] = await db.select({ total: count() }).from(directoryTaxonomies);
  const rows = await db
    .select()
    .from(directoryTaxonomies)
    .orderBy(asc(directoryTaxonomies.name), asc(directoryTaxonomies.id))
    .limit(paging.perPage)
    .offset(offsetOf(paging));
  return { total: counted?.total ?? 0, rows };
}

export async function findTaxonomy(db: DbOrTx, id: string): Promise<TaxonomyRow | null> {
  const [row] = await db.select().from(directoryTaxonomies).where(eq(directoryTaxonomies.id, id));
  return row ?? null;
}

export interface TermFilter {
  taxonomyId?: string | undefined;
  parentId?: string | undefined;
  search?: string | undefined;
}

export async function pageTerms(
  db: DbOrTx,
  filter: TermFilter,
  paging: Paging,
): Promise<PageRows<{ term: TermRow; taxonomy: TaxonomyRow | null }>> {
  const where = and(
    filter.taxonomyId ? eq(directoryTaxonomyTerms.taxonomyId, filter.taxonomyId) : undefined,
    filter.parentId ? eq(directoryTaxonomyTerms.parentId, filter.parentId) : undefined,
    filter.search ? ilike(directoryTaxonomyTerms.name, likePattern(filter.search)) : undefined,
  );
  const [counted] = await db.select({ total: count() }).from(directoryTaxonomyTerms).where(where);
  const rows = await db
    .select({ term: directoryTaxonomyTerms, taxonomy: directoryTaxonomies })
    .from(directoryTaxonomyTerms)
    .leftJoin(directoryTaxonomies, eq(directoryTaxonomies.id, directoryTaxonomyTerms.taxonomyId))
    .where(where)
    .orderBy(asc(directoryTaxonomyTerms.name), asc(directoryTaxonomyTerms.id))
    .limit(paging.perPage)
    .offset(offsetOf(paging));
  return { total: counted?.total ?? 0, rows };
}

export async function findTerm(db: DbOrTx, id: string): Promise<{ term: TermRow; taxonomy: TaxonomyRow | null } | null> {
  const [row] = await db
    .select({ term: directoryTaxonomyTerms, taxonomy: directoryTaxonomies })
    .from(directoryTaxonomyTerms)
    .leftJoin(directoryTaxonomies, eq(directoryTaxonomies.id, directoryTaxonomyTerms.taxonomyId))
    .where(eq(directoryTaxonomyTerms.id, id));
  return row ?? null;
}

export async function pageOrganizations(
  db: DbOrTx,
  search: string | undefined,
  paging: Paging,
): Promise<PageRows<OrganizationRow>> {
  const where = search ? ilike(directoryOrganisations.name, likePattern(search)) : undefined;
  const [counted] = await db.select({ total: count() }).from(directoryOrganisations).where(where);
  const rows = await db
    .select()
    .from(directoryOrganisations)
    .where(where)
    .orderBy(asc(directoryOrganisations.name), asc(directoryOrganisations.id))
    .limit(paging.perPage)
    .offset(offsetOf(paging));
  return { total: counted?.total ?? 0, rows };
}

export async function findOrganization(db: DbOrTx, id: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(directoryOrganisations).where(eq(directoryOrganisations.id, id));
  return row ?? null;
}

/** An organisation's published services (for `/organizations/{id}`). */
export async function publishedServicesOf(db: DbOrTx, organizationId: string): Promise<StoredService[]> {
  return db
    .select(storedServiceColumns)
    .from(directoryServices)
    .where(and(eq(directoryServices.organizationId, organizationId), isNull(directoryServices.archivedAt)))
    .orderBy(asc(directoryServices.name), asc(directoryServices.id));
}

export interface Centre {
  latitude: number;
  longitude: number;
}

export interface ServiceAtLocationFilter extends ServiceFilter {
  centre?: Centre | undefined;
  /** Metres from the centre. */
  proximity?: number | undefined;
}

/** Great-circle distance in metres from the centre (haversine; mean Earth radius). */
function distanceFrom(centre: Centre): SQL<number> {
  const lat = directoryLocations.latitude;
  const lon = directoryLocations.longitude;
  return sql<number>`(12742017.6 * asin(sqrt(power(sin(radians(${lat} - ${centre.latitude}::float8) / 2), 2) + cos(radians(${centre.latitude}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${centre.longitude}::float8) / 2), 2))))`;
}

/**
 * Service-at-locations of published services matching the service filters; with a centre, only
 * located ones, nearest first (a latitude/longitude box cuts the candidates before distances are
 * computed).
 */
export async function pageServiceAtLocations(
  db: DbOrTx,
  filter: ServiceAtLocationFilter,
  paging: Paging,
): Promise<PageRows<ServiceAtLocationRow & { distance: number | null }>> {
  const { centre, proximity } = filter;
  const distance = centre ? distanceFrom(centre) : sql<null>`NULL::float8`;
  // The /services filters read the service of each row; day and times read the schedules that
  // apply at this service-at-location.
  const conditions: (SQL | undefined)[] = [publishedServiceConditions(filter, 'service_at_location')];
  if (centre) {
    conditions.push(sql`${directoryLocations.latitude} IS NOT NULL AND ${directoryLocations.longitude} IS NOT NULL`);
    if (proximity !== undefined) {
      const latDelta = proximity / 111_320;
      const lonDelta = proximity / (111_320 * Math.max(Math.cos((centre.latitude * Math.PI) / 180), 0.01));
      conditions.push(
        sql`${directoryLocations.latitude} BETWEEN ${centre.latitude - latDelta} AND ${centre.latitude + latDelta}`,
        sql`${directoryLocations.longitude} BETWEEN ${centre.longitude - lonDelta} AND ${centre.longitude + lonDelta}`,
        sql`${distance} <= ${proximity}`,
      );
    }
  }
  const where = and(...conditions);
  const [counted] = await db
    .select({ total: count() })
    .from(directoryServiceAtLocations)
    .innerJoin(directoryServices, eq(directoryServices.id, directoryServiceAtLocations.serviceId))
    .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceAtLocations.locationId))
    .where(where);
  const total = counted?.total ?? 0;
  const window = pageWindow(total, paging.page, paging.perPage);
  if (!window) return { total, rows: [] };
  // (distance, id) is a total order, so a back-half page walks it from the far end, then turns round.
  const direction = window.from === 'start' ? asc : desc;
  const rows = await db
    .select({
      id: directoryServiceAtLocations.id,
      serviceId: directoryServiceAtLocations.serviceId,
      locationId: directoryServiceAtLocations.locationId,
      description: directoryServiceAtLocations.description,
      distance,
    })
    .from(directoryServiceAtLocations)
    .innerJoin(directoryServices, eq(directoryServices.id, directoryServiceAtLocations.serviceId))
    .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceAtLocations.locationId))
    .where(where)
    .orderBy(
      ...(centre
        ? [direction(distance), direction(directoryServiceAtLocations.id)]
        : [direction(directoryServiceAtLocations.id)]),
    )
    .limit(window.limit)
    .offset(window.offset);
  if (window.from === 'end') rows.reverse();
  return { total, rows: rows.map((row) => ({ ...row, distance: row.distance ?? null })) };
}

/** A service-at-location of a published service. */
export async function findPublishedServiceAtLocation(db: DbOrTx, id: string): Promise<ServiceAtLocationRow | null> {
  const [row] = await db
    .select({
      id: directoryServiceAtLocations.id,
      serviceId: directoryServiceAtLocations.serviceId,
      locationId: directoryServiceAtLocations.locationId,
      description: directoryServiceAtLocations.description,
    })
    .from(directoryServiceAtLocations)
    .innerJoin(directoryServices, eq(directoryServices.id, directoryServiceAtLocations.serviceId))
    .where(and(eq(directoryServiceAtLocations.id, id), isNull(directoryServices.archivedAt)));
  return row ?? null;
}

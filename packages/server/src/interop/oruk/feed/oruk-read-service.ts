import type { Db } from '../../../db/client.ts';
import { notFound, validationError } from '../../../errors.ts';
import { findPostcode } from '../../../modules/postcodes/postcode-repository.ts';
import { loadLocationDetails, loadOrganizationRelated, loadServiceDetails, loadServices } from './oruk-detail-loader.ts';
import { toOrukLocation } from './oruk-location-mapper.ts';
import { toOrukOrganization } from './oruk-organization-mapper.ts';
import {
  isOrukId,
  type OrukPage,
  orukPage,
  type ServiceAtLocationsQuery,
  type ServicesQuery,
  serviceFilterOf,
  type TaxonomyTermsQuery,
} from './oruk-query.ts';
import {
  findOrganization,
  findPublishedService,
  findPublishedServiceAtLocation,
  findTaxonomy,
  findTerm,
  pageOrganizations,
  pageServiceAtLocations,
  pageServices,
  pageTaxonomies,
  pageTerms,
  publishedServicesOf,
} from './oruk-read-repository.ts';
import { toOrukServiceAtLocationDetail } from './oruk-service-at-location-mapper.ts';
import { toOrukServiceFull, toOrukServiceMinimal, toOrukServiceSummary } from './oruk-service-mapper.ts';
import { toOrukTaxonomy, toOrukTaxonomyTerm } from './oruk-taxonomy-mapper.ts';

/**
 * The public Open Referral UK 3.0 read API's use cases. The directory is public information
 * about services (no personal data), so these need no actor and are not audited.
 */

function knownId(id: string, what: string): string {
  if (!isOrukId(id)) throw notFound(what);
  return id.toLowerCase();
}

export async function listOrukServices(db: Db, query: ServicesQuery): Promise<OrukPage<object>> {
  const paging = { page: query.page, perPage: query.per_page };
  const { total, rows } = await pageServices(db, serviceFilterOf(query), paging);
  let contents: object[];
  if (query.full) {
    const details = await loadServiceDetails(db, rows);
    contents = rows.map((row) => toOrukServiceFull(row, details));
  } else {
    contents = rows.map(query.minimal ? toOrukServiceMinimal : toOrukServiceSummary);
  }
  return orukPage(contents, total, query.page, query.per_page);
}

export async function getOrukService(db: Db, rawId: string): Promise<object> {
  const service = await findPublishedService(db, knownId(rawId, 'Service'));
  if (!service) throw notFound('Service');
  return toOrukServiceFull(service, await loadServiceDetails(db, [service]));
}

export async function listOrukTaxonomies(db: Db, page: number, perPage: number): Promise<OrukPage<object>> {
  const { total, rows } = await pageTaxonomies(db, { page, perPage });
  return orukPage(rows.map(toOrukTaxonomy), total, page, perPage);
}

export async function getOrukTaxonomy(db: Db, rawId: string): Promise<object> {
  const taxonomy = await findTaxonomy(db, knownId(rawId, 'Taxonomy'));
  if (!taxonomy) throw notFound('Taxonomy');
  return toOrukTaxonomy(taxonomy);
}

export async function listOrukTaxonomyTerms(db: Db, query: TaxonomyTermsQuery): Promise<OrukPage<object>> {
  const { total, rows } = await pageTerms(
    db,
    { taxonomyId: query.taxonomy_id, parentId: query.parent_id, search: query.search },
    { page: query.page, perPage: query.per_page },
  );
  return orukPage(
    rows.map(({ term, taxonomy }) => toOrukTaxonomyTerm(term, taxonomy)),
    total,
    query.page,
    query.per_page,
  );
}

export async function getOrukTaxonomyTerm(db: Db, rawId: string): Promise<object> {
  const found = await findTerm(db, knownId(rawId, 'Taxonomy term'));
  if (!found) throw notFound('Taxonomy term');
  return toOrukTaxonomyTerm(found.term, found.taxonomy);
}

export async function listOrukOrganizations(
  db: Db,
  query: { page: number; per_page: number; search?: string | undefined },
): Promise<OrukPage<object>> {
  const { total, rows } = await pageOrganizations(db, query.search, { page: query.page, perPage: query.per_page });
  const related = await loadOrganizationRelated(
    db,
    rows.map((row) => row.id),
  );
  return orukPage(
    rows.map((row) => toOrukOrganization(row, { identifiers: related.identifiers.get(row.id), attributes: related.attributes })),
    total,
    query.page,
    query.per_page,
  );
}

export async function getOrukOrganization(db: Db, rawId: string): Promise<object> {
  const organization = await findOrganization(db, knownId(rawId, 'Organization'));
  if (!organization) throw notFound('Organization');
  const services = await publishedServicesOf(db, organization.id);
  const related = await loadOrganizationRelated(db, [organization.id]);
  return {
    ...toOrukOrganization(organization, {
      identifiers: related.identifiers.get(organization.id),
      attributes: related.attributes,
    }),
    services: services.map(toOrukServiceSummary),
  };
}

/** Near a postcode (centroid from the `postcodes` table; Kith never geocodes at run time). */
export async function listOrukServiceAtLocations(db: Db, query: ServiceAtLocationsQuery): Promise<OrukPage<object>> {
  let centre: { latitude: number; longitude: number } | undefined;
  if (query.postcode) {
    const found = await findPostcode(db, query.postcode);
    if (!found) throw validationError('postcode', `We do not know the postcode ${query.postcode}`);
    centre = found;
  } else if (query.proximity !== undefined) {
    throw validationError('postcode', 'Give a postcode to search by proximity');
  }
  const { total, rows } = await pageServiceAtLocations(
    db,
    { ...serviceFilterOf(query), centre, proximity: query.proximity },
    { page: query.page, perPage: query.per_page },
  );
  const services = await loadServices(db, [...new Set(rows.map((row) => row.serviceId))]);
  const locations = await loadLocationDetails(db, [...new Set(rows.map((row) => row.locationId))]);
  const contents = rows.map((row) => {
    const service = services.get(row.serviceId);
    const location = locations.locations.get(row.locationId);
    return {
      id: row.id,
      service_id: row.serviceId,
      location_id: row.locationId,
      ...(row.description ? { description: row.description } : {}),
      ...(service ? { service: toOrukServiceSummary(service) } : {}),
      ...(location ? { location: toOrukLocation(location, locations) } : {}),
    };
  });
  return orukPage(contents, total, query.page, query.per_page);
}

export async function getOrukServiceAtLocation(db: Db, rawId: string): Promise<object> {
  const sal = await findPublishedServiceAtLocation(db, knownId(rawId, 'Service at location'));
  if (!sal) throw notFound('Service at location');
  const service = await findPublishedService(db, sal.serviceId);
  if (!service) throw notFound('Service at location');
  const details = await loadServiceDetails(db, [service]);
  return toOrukServiceAtLocationDetail(sal, service, details);
}

import type { Query } from '../pathway/raw-sql.ts';

/**
 * The ORUK feed baseline: plain SQL, written by hand from reading the feed's queries
 * (packages/server/src/interop/oruk/feed/oruk-read-repository.ts `pageServices` and
 * oruk-detail-loader.ts `loadServiceDetails`), for `GET /openreferral/services?full=true`: the count,
 * one page of published services by id, then one query per child table for that page's ids (the
 * organisations' identifiers, the locations' accessibility records and every record's attributes too) —
 * the same statements in the same order, one round trip each. No JSON is built.
 */

const SERVICE_COLUMNS = `id, organization_id, name, alternate_name, description, url, email, status, fees, minimum_age,
  maximum_age, assured_date, assurer_email, accreditations, alert, source_last_modified, capacity_status, typical_wait_days, referral_route, funding_status, funded_until,
  last_verified_at, last_verified_by, archived_at, created_at, updated_at`;

export const COUNT_PUBLISHED = `SELECT count(*)::int AS total FROM dir_services WHERE archived_at IS NULL`;

/** $1 limit, $2 offset. */
export const PAGE_OF_SERVICES = `
  SELECT ${SERVICE_COLUMNS} FROM dir_services WHERE archived_at IS NULL ORDER BY id LIMIT $1 OFFSET $2`;

const ORGANIZATIONS = `SELECT * FROM dir_organizations WHERE id = ANY($1::uuid[])`;
const ORGANIZATION_IDENTIFIERS = `
  SELECT * FROM dir_organization_identifiers WHERE organization_id = ANY($1::uuid[]) ORDER BY id`;
const SERVICE_AT_LOCATIONS = `SELECT * FROM dir_service_at_locations WHERE service_id = ANY($1::uuid[]) ORDER BY id`;
const LOCATIONS = `SELECT * FROM dir_locations WHERE id = ANY($1::uuid[])`;
const ADDRESSES = `SELECT * FROM dir_addresses WHERE location_id = ANY($1::uuid[]) ORDER BY id`;
const LOCATION_SCHEDULES = `
  SELECT * FROM dir_schedules
  WHERE location_id = ANY($1::uuid[]) AND service_id IS NULL AND service_at_location_id IS NULL ORDER BY id`;
const ACCESSIBILITY = `SELECT * FROM dir_accessibility WHERE location_id = ANY($1::uuid[]) ORDER BY id`;
const CONTACTS = `SELECT * FROM dir_contacts WHERE service_id = ANY($1::uuid[]) ORDER BY id`;
const PHONES = `SELECT * FROM dir_phones WHERE service_id = ANY($1::uuid[]) ORDER BY id`;
const PHONES_WITH_CONTACTS = `
  SELECT * FROM dir_phones WHERE service_id = ANY($1::uuid[]) OR contact_id = ANY($2::uuid[]) ORDER BY id`;
const PER_SERVICE_TABLES = ['dir_schedules', 'dir_cost_options', 'dir_languages', 'dir_service_areas', 'dir_fundings'].map(
  (table) => `SELECT * FROM ${table} WHERE service_id = ANY($1::uuid[]) ORDER BY id`,
);
const ATTRIBUTES = `
  SELECT a.*, t.id AS term_id, t.taxonomy_id AS term_taxonomy_id, t.parent_id AS term_parent_id, t.code AS term_code,
    t.name AS term_name, t.description AS term_description, t.term_uri, t.taxonomy AS term_taxonomy, t.term AS term_term, x.id AS taxonomy_id, x.name AS taxonomy_name,
    x.description AS taxonomy_description, x.uri AS taxonomy_uri, x.version AS taxonomy_version
  FROM dir_attributes a
  JOIN dir_taxonomy_terms t ON t.id = a.taxonomy_term_id
  LEFT JOIN dir_taxonomies x ON x.id = t.taxonomy_id
  WHERE a.link_id = ANY($1::uuid[])
  ORDER BY a.id`;

/** One feed page by hand: returns the page's services and the total, having loaded every child table. */
export async function orukPageBySql(query: Query, perPage: number, page: number): Promise<{ total: number; services: number }> {
  const [counted] = await query<{ total: number }>(COUNT_PUBLISHED);
  const services = await query<{ id: string; organization_id: string }>(PAGE_OF_SERVICES, [perPage, (page - 1) * perPage]);
  const ids = services.map((service) => service.id);
  const organizationIds = [...new Set(services.map((service) => service.organization_id))];
  await query(ORGANIZATIONS, [organizationIds]);
  const identifiers = await query<{ id: string }>(ORGANIZATION_IDENTIFIERS, [organizationIds]);
  if (ids.length > 0) {
    const sals = await query<{ location_id: string }>(SERVICE_AT_LOCATIONS, [ids]);
    const locationIds = [...new Set(sals.map((sal) => sal.location_id))];
    if (locationIds.length > 0) {
      await query(LOCATIONS, [locationIds]);
      const addresses = await query<{ id: string }>(ADDRESSES, [locationIds]);
      await query(LOCATION_SCHEDULES, [locationIds]);
      const accessibility = await query<{ id: string }>(ACCESSIBILITY, [locationIds]);
      await query(ATTRIBUTES, [[...locationIds, ...idsOf(addresses), ...idsOf(accessibility)]]);
    }
    const contacts = await query<{ id: string }>(CONTACTS, [ids]);
    const contactIds = idsOf(contacts);
    await (contactIds.length > 0 ? query(PHONES_WITH_CONTACTS, [ids, contactIds]) : query(PHONES, [ids]));
    for (const text of PER_SERVICE_TABLES) await query(text, [ids]);
    await query(ATTRIBUTES, [[...ids, ...organizationIds, ...idsOf(identifiers), ...contactIds]]);
  }
  return { total: Number(counted?.total ?? 0), services: services.length };
}

const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

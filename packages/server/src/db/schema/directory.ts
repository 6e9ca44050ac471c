import { CAPACITY_STATUSES, FUNDING_STATUSES, LOCATION_TYPES, ORUK_SERVICE_STATUSES, REFERRAL_ROUTES } from '@kith/shared';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { httpUrlCheck, identifierUriCheck } from './url-checks.ts';
import { users } from './users.ts';

/**
 * The community service directory, shaped after Open Referral UK 3.0 so the ORUK API and
 * import map field for field (ids are the ORUK UUIDs). Kith's curation fields sit on the
 * service. The details (phones, schedules, taxonomy…) are in directory-details.ts.
 */

export const orukServiceStatus = pgEnum('oruk_service_status', ORUK_SERVICE_STATUSES);
export const capacityStatus = pgEnum('capacity_status', CAPACITY_STATUSES);
export const referralRoute = pgEnum('referral_route', REFERRAL_ROUTES);
export const fundingStatus = pgEnum('funding_status', FUNDING_STATUSES);
export const locationType = pgEnum('location_type', LOCATION_TYPES);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** ORUK organization. `kithOrganisationId` links it to a Kith VCSE organisation whose provider users curate it. */
export const directoryOrganisations = pgTable(
  'dir_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    email: text('email'),
    website: text('website'),
    logo: text('logo'),
    uri: text('uri'),
    parentOrganizationId: uuid('parent_organization_id').references((): AnyPgColumn => directoryOrganisations.id),
    kithOrganisationId: uuid('kith_organisation_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dir_organizations_kith_org_idx').on(t.kithOrganisationId),
    httpUrlCheck('dir_organizations_website_http', t.website),
    httpUrlCheck('dir_organizations_logo_http', t.logo),
    identifierUriCheck('dir_organizations_uri_scheme', t.uri),
  ],
);

/** ORUK service plus Kith's curation fields (capacity, waiting, route, funding, verification). */
export const directoryServices = pgTable(
  'dir_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => directoryOrganisations.id),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull().default(''),
    url: text('url'),
    email: text('email'),
    status: orukServiceStatus('status').notNull().default('active'),
    fees: text('fees'),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    assuredDate: date('assured_date', { mode: 'string' }),
    assurerEmail: text('assurer_email'),
    accreditations: text('accreditations'),
    alert: text('alert'),
    /**
     * ORUK `last_modified` as the publisher of an imported record gave it. A Kith edit clears it,
     * and the feed then says `updated_at`: the record has changed here since.
     */
    sourceLastModified: timestamp('source_last_modified', { withTimezone: true }),
    // Kith's own fields (not in the ORUK 3.0 UK profile).
    capacityStatus: capacityStatus('capacity_status').notNull().default('open'),
    typicalWaitDays: integer('typical_wait_days'),
    referralRoute: referralRoute('referral_route').notNull().default('signpost'),
    fundingStatus: fundingStatus('funding_status').notNull().default('unknown'),
    fundedUntil: date('funded_until', { mode: 'string' }),
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    lastVerifiedBy: uuid('last_verified_by').references(() => users.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Lower-cased name and description for trigram (typo-tolerant) matching. */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        sql`lower(coalesce(name, '') || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(description, ''))`,
      ),
    /** Weighted full-text vector: name (A) above description (B). */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(alternate_name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dir_services_org_idx').on(t.organizationId),
    index('dir_services_updated_idx').on(t.updatedAt),
    // The ORUK feed's last_modified and modified_after (oruk-service-conditions.ts `lastModifiedSql`).
    index('dir_services_last_modified_idx').on(sql`coalesce(source_last_modified, updated_at)`),
    index('dir_services_search_vector_idx').using('gin', t.searchVector),
    index('dir_services_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    httpUrlCheck('dir_services_url_http', t.url),
  ],
);

/** ORUK location; coordinates come from the postcode centroid when not given. */
export const directoryLocations = pgTable(
  'dir_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationType: locationType('location_type').notNull().default('physical'),
    name: text('name'),
    description: text('description'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accessibility: text('accessibility'),
    url: text('url'),
    externalIdentifier: text('external_identifier'),
    externalIdentifierType: text('external_identifier_type'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Bounding-box prefilter for radius search (latitude band first, then longitude).
  (t) => [index('dir_locations_lat_lon_idx').on(t.latitude, t.longitude), httpUrlCheck('dir_locations_url_http', t.url)],
);

/** ORUK address of a location. */
export const directoryAddresses = pgTable(
  'dir_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => directoryLocations.id, { onDelete: 'cascade' }),
    attention: text('attention'),
    address1: text('address_1').notNull().default(''),
    address2: text('address_2'),
    city: text('city').notNull().default(''),
    region: text('region'),
    stateProvince: text('state_province').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    country: text('country').notNull().default('GB'),
    addressType: text('address_type').notNull().default('physical'),
  },
  (t) => [index('dir_addresses_location_idx').on(t.locationId)],
);

/** ORUK service_at_location: a service delivered at a location. */
export const directoryServiceAtLocations = pgTable(
  'dir_service_at_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => directoryLocations.id, { onDelete: 'cascade' }),
    description: text('description'),
  },
  (t) => [
    unique('dir_service_at_locations_pair_key').on(t.serviceId, t.locationId),
    index('dir_service_at_locations_location_idx').on(t.locationId),
  ],
);

/** Postcode centroids (ONS Postcode Directory layout), keyed by the postcode in "AB1 2CD" form. */
export const postcodes = pgTable('postcodes', {
  postcode: text('postcode').primaryKey(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
});

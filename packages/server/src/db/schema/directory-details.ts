import { date, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { directoryLocations, directoryOrganisations, directoryServiceAtLocations, directoryServices } from './directory.ts';
import { identifierUriCheck } from './url-checks.ts';

/**
 * The ORUK 3.0 detail records of the directory. Each hangs off a service, location or
 * organisation and is deleted with it; the service editor and the ORUK import replace a
 * service's details as a whole.
 */

const serviceRef = () =>
  uuid('service_id').references(() => directoryServices.id, {
    onDelete: 'cascade',
  });
const locationRef = () => uuid('location_id').references(() => directoryLocations.id, { onDelete: 'cascade' });
const organizationRef = () => uuid('organization_id').references(() => directoryOrganisations.id, { onDelete: 'cascade' });
const serviceAtLocationRef = () =>
  uuid('service_at_location_id').references(() => directoryServiceAtLocations.id, { onDelete: 'cascade' });

export const directoryContacts = pgTable(
  'dir_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    serviceId: serviceRef(),
    serviceAtLocationId: serviceAtLocationRef(),
    locationId: locationRef(),
    name: text('name'),
    title: text('title'),
    department: text('department'),
    email: text('email'),
  },
  (t) => [index('dir_contacts_service_idx').on(t.serviceId)],
);

export const directoryPhones = pgTable(
  'dir_phones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: locationRef(),
    serviceId: serviceRef(),
    organizationId: organizationRef(),
    contactId: uuid('contact_id').references(() => directoryContacts.id, { onDelete: 'cascade' }),
    serviceAtLocationId: serviceAtLocationRef(),
    number: text('number').notNull(),
    extension: text('extension'),
    type: text('type'),
    description: text('description'),
  },
  (t) => [index('dir_phones_service_idx').on(t.serviceId), index('dir_phones_contact_idx').on(t.contactId)],
);

/** RRULE-style opening times (RFC 5545 FREQ/INTERVAL/BYDAY), as ORUK schedules. */
export const directorySchedules = pgTable(
  'dir_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: serviceRef(),
    locationId: locationRef(),
    serviceAtLocationId: serviceAtLocationRef(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    dtstart: date('dtstart', { mode: 'string' }),
    freq: text('freq'),
    interval: integer('interval'),
    /** Comma-separated RRULE day codes, e.g. "MO,WE". */
    byday: text('byday'),
    bymonthday: text('bymonthday'),
    /** HH:MM. */
    opensAt: text('opens_at'),
    closesAt: text('closes_at'),
    description: text('description'),
    notes: text('notes'),
    scheduleLink: text('schedule_link'),
    attendingType: text('attending_type'),
  },
  (t) => [index('dir_schedules_service_idx').on(t.serviceId), index('dir_schedules_location_idx').on(t.locationId)],
);

export const directoryCostOptions = pgTable(
  'dir_cost_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: serviceRef().notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    option: text('option'),
    amount: numeric('amount', { precision: 10, scale: 2, mode: 'number' }),
    currency: text('currency'),
    amountDescription: text('amount_description'),
  },
  (t) => [index('dir_cost_options_service_idx').on(t.serviceId)],
);

export const directoryLanguages = pgTable(
  'dir_languages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: serviceRef(),
    locationId: locationRef(),
    phoneId: uuid('phone_id').references(() => directoryPhones.id, { onDelete: 'cascade' }),
    name: text('name'),
    code: text('code'),
    note: text('note'),
  },
  (t) => [index('dir_languages_service_idx').on(t.serviceId)],
);

export const directoryServiceAreas = pgTable(
  'dir_service_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: serviceRef(),
    name: text('name'),
    description: text('description'),
    extent: text('extent'),
    extentType: text('extent_type'),
    uri: text('uri'),
    /** UK profile: the area served, in words. */
    serviceArea: text('service_area'),
  },
  (t) => [index('dir_service_areas_service_idx').on(t.serviceId), identifierUriCheck('dir_service_areas_uri_scheme', t.uri)],
);

export const directoryFundings = pgTable(
  'dir_fundings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    serviceId: serviceRef(),
    source: text('source'),
  },
  (t) => [index('dir_fundings_service_idx').on(t.serviceId)],
);

export const directoryTaxonomies = pgTable(
  'dir_taxonomies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    uri: text('uri'),
    version: text('version'),
  },
  (t) => [identifierUriCheck('dir_taxonomies_uri_scheme', t.uri)],
);

/** Terms form a tree by `parentId`; `code` links a need to referral reason codes. */
export const directoryTaxonomyTerms = pgTable(
  'dir_taxonomy_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taxonomyId: uuid('taxonomy_id').references(() => directoryTaxonomies.id),
    parentId: uuid('parent_id'),
    code: text('code'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    termUri: text('term_uri'),
    /** ORUK `taxonomy`: the taxonomy named in words when there is no taxonomy record. */
    taxonomy: text('taxonomy'),
    /** UK profile `term`. */
    term: text('term'),
  },
  (t) => [
    index('dir_taxonomy_terms_parent_idx').on(t.parentId),
    index('dir_taxonomy_terms_code_idx').on(t.code),
    identifierUriCheck('dir_taxonomy_terms_term_uri_scheme', t.termUri),
  ],
);

/**
 * ORUK attribute: links a taxonomy term to any record (`linkType` 'service', 'organization',
 * 'location'…). Kith uses it for a service's need terms.
 */
export const directoryAttributes = pgTable(
  'dir_attributes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    linkId: uuid('link_id').notNull(),
    linkType: text('link_type').notNull(),
    linkEntity: text('link_entity'),
    taxonomyTermId: uuid('taxonomy_term_id')
      .notNull()
      .references(() => directoryTaxonomyTerms.id),
    value: text('value'),
    label: text('label'),
  },
  (t) => [index('dir_attributes_term_idx').on(t.taxonomyTermId, t.linkType), index('dir_attributes_link_idx').on(t.linkId)],
);

/**
 * ORUK accessibility records of a location. `dir_locations.accessibility` stays the one-line
 * summary the directory screens show; the import and feed keep every record here.
 */
export const directoryAccessibility = pgTable(
  'dir_accessibility',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: locationRef().notNull(),
    description: text('description'),
    details: text('details'),
    url: text('url'),
    /** UK profile `accessibility`. */
    accessibility: text('accessibility'),
  },
  (t) => [index('dir_accessibility_location_idx').on(t.locationId)],
);

/** ORUK organization_identifier: e.g. a charity number or company number. */
export const directoryOrganizationIdentifiers = pgTable(
  'dir_organization_identifiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef().notNull(),
    identifierScheme: text('identifier_scheme'),
    identifierType: text('identifier_type').notNull(),
    identifier: text('identifier').notNull(),
  },
  (t) => [index('dir_organization_identifiers_org_idx').on(t.organizationId)],
);

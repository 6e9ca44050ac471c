import { isHttpUrl, isIdentifierUri, ORUK_SERVICE_STATUSES } from '@kith/shared';
import { z } from 'zod';
import { OrukId } from '../feed/oruk-query.ts';

/**
 * Lenient schemas for records read from an ORUK 3.0 feed. Real feeds vary, so: null means
 * absent, numbers may arrive as strings, unknown fields are ignored, child records may lack a
 * UUID (Kith derives a stable one). What Kith cannot store is a per-record error naming the
 * field: a service needs a UUID `id`, a `name`, a `status` from the specification's list and an
 * organisation (nested `organization` or `organization_id`).
 */

const absent = (value: unknown) => (value === null || value === '' ? undefined : value);

const optionalText = z.preprocess(
  (value) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : absent(value)),
  z.string().optional(),
);

/**
 * A web address Kith will store and republish: http(s) only. Anything else (`javascript:`,
 * `data:`, `vbscript:`…) refuses the record with an error naming the field, rather than being
 * dropped silently, so the feed's publisher hears about it.
 */
const optionalWebAddress = z.preprocess(
  absent,
  z
    .string()
    .trim()
    .refine(isHttpUrl, { message: 'Use a web address starting https:// (or http://); other kinds are not imported' })
    .optional(),
);

/** An ORUK `uri` identifier: http(s) or a URN. */
const optionalIdentifierUri = z.preprocess(
  absent,
  z.string().trim().refine(isIdentifierUri, { message: 'Use an identifier starting https://, http:// or urn:' }).optional(),
);

const numeric = (value: unknown) => {
  const present = absent(value);
  return typeof present === 'string' && present.trim() !== '' && !Number.isNaN(Number(present)) ? Number(present) : present;
};

const optionalNumber = z.preprocess(numeric, z.number().optional());
const optionalInt = z.preprocess(numeric, z.number().int().optional());

/** A date, or a date-time cut to its date. */
const optionalDate = z.preprocess(
  absent,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, { message: 'Use a date like 2025-01-31' })
    .refine((value) => !Number.isNaN(Date.parse(value.slice(0, 10))), { message: 'Not a real date' })
    .transform((value) => value.slice(0, 10))
    .optional(),
);

/**
 * "09:30" or "09:30:00" kept as given (seconds too: the column is text, and the publisher's value
 * comes back unchanged); a zone suffix or fractions of a second ("09:30:00.000Z") are cut, as
 * Kith keeps local opening times.
 */
const optionalTime = z.preprocess(
  absent,
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$/, {
      message: 'Use a time like 09:30 or 09:30:00',
    })
    .transform((value) => value.match(/^\d{2}:\d{2}(:\d{2})?/)?.[0] ?? value)
    .optional(),
);

/** An ORUK date-time (`last_modified`), kept as the instant it names. */
const optionalDateTime = z.preprocess(
  absent,
  z
    .string()
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: 'Use a date-time like 2025-01-31T10:30:00Z',
    })
    .transform((value) => new Date(value))
    .optional(),
);

const optionalId = z.preprocess(absent, OrukId.optional());

/** A child record's id: kept when it is a UUID, otherwise replaced by a derived one. */
const childId = z.preprocess(absent, z.union([z.string(), z.number()]).optional());

const list = <T extends z.ZodType>(item: T) => z.preprocess(absent, z.array(item).optional());

const lowerCase = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : absent(value));

export const FeedTaxonomy = z.object({
  id: OrukId,
  name: z.string().trim().min(1, { message: 'A taxonomy needs a name' }),
  description: optionalText,
  uri: optionalIdentifierUri,
  version: optionalText,
});
export type FeedTaxonomy = z.infer<typeof FeedTaxonomy>;

export const FeedTerm = z
  .object({
    id: OrukId,
    name: optionalText,
    /** HSDS 2 spelling of the name. */
    term: optionalText,
    description: optionalText,
    code: optionalText,
    parent_id: optionalId,
    taxonomy_id: optionalId,
    /** Free-text name of the taxonomy. */
    taxonomy: optionalText,
    term_uri: optionalIdentifierUri,
    taxonomy_detail: z.preprocess(absent, FeedTaxonomy.optional()),
  })
  .refine((term) => term.name ?? term.term, { path: ['name'], message: 'A taxonomy term needs a name' });
export type FeedTerm = z.infer<typeof FeedTerm>;

export const FeedAttribute = z
  .object({
    id: childId,
    taxonomy_term_id: optionalId,
    taxonomy_term: z.preprocess(absent, FeedTerm.optional()),
    link_entity: optionalText,
    value: optionalText,
    label: optionalText,
  })
  .refine((attribute) => attribute.taxonomy_term_id ?? attribute.taxonomy_term, {
    path: ['taxonomy_term_id'],
    message: 'An attribute needs a taxonomy term',
  });
export type FeedAttribute = z.infer<typeof FeedAttribute>;

export const FeedPhone = z.object({
  id: childId,
  number: z.preprocess(
    (value) => (typeof value === 'number' ? String(value) : absent(value)),
    z.string({ message: 'A phone needs a number' }).trim().min(1, { message: 'A phone needs a number' }),
  ),
  extension: optionalText,
  type: optionalText,
  description: optionalText,
});
export type FeedPhone = z.infer<typeof FeedPhone>;

export const FeedContact = z.object({
  id: childId,
  /** HSDS 3.0: a place's contact may be listed on the service, naming its service-at-location. */
  service_at_location_id: optionalId,
  name: optionalText,
  title: optionalText,
  department: optionalText,
  email: optionalText,
  phones: list(FeedPhone),
  attributes: list(FeedAttribute),
});
export type FeedContact = z.infer<typeof FeedContact>;

export const FeedSchedule = z.object({
  id: childId,
  /** UK profile: a service-at-location's opening times are listed on the service, naming it here. */
  service_at_location_id: optionalId,
  valid_from: optionalDate,
  valid_to: optionalDate,
  dtstart: optionalDate,
  freq: z.preprocess((value) => (typeof value === 'string' ? value.trim().toUpperCase() : absent(value)), z.string().optional()),
  interval: optionalInt,
  byday: optionalText,
  bymonthday: optionalText,
  opens_at: optionalTime,
  closes_at: optionalTime,
  description: optionalText,
  notes: optionalText,
  schedule_link: optionalWebAddress,
  attending_type: optionalText,
});
export type FeedSchedule = z.infer<typeof FeedSchedule>;

export const FeedAddress = z.object({
  id: childId,
  attention: optionalText,
  address_1: optionalText,
  address_2: optionalText,
  city: optionalText,
  region: optionalText,
  state_province: optionalText,
  postal_code: optionalText,
  country: optionalText,
  address_type: optionalText,
  attributes: list(FeedAttribute),
});
export type FeedAddress = z.infer<typeof FeedAddress>;

export const FeedAccessibility = z.object({
  id: childId,
  description: optionalText,
  details: optionalText,
  url: optionalWebAddress,
  /** UK profile: the accessibility described in words. */
  accessibility: optionalText,
  attributes: list(FeedAttribute),
});
export type FeedAccessibility = z.infer<typeof FeedAccessibility>;

/**
 * A location. Checked on its own, not as part of its service: a bad location (a latitude out of
 * range, say) is left out with a warning and the rest of the service imports.
 */
export const FeedLocation = z.object({
  id: OrukId,
  location_type: z.preprocess(lowerCase, z.enum(['physical', 'postal', 'virtual']).default('physical')),
  name: optionalText,
  description: optionalText,
  url: optionalWebAddress,
  latitude: z.preprocess(numeric, z.number().min(-90).max(90).optional()),
  longitude: z.preprocess(numeric, z.number().min(-180).max(180).optional()),
  external_identifier: optionalText,
  external_identifier_type: optionalText,
  /** ORUK 3.0 lists accessibility records; older feeds send one text. */
  accessibility: z.preprocess(absent, z.union([z.string(), z.array(FeedAccessibility)]).optional()),
  addresses: list(FeedAddress),
  schedules: list(FeedSchedule),
  attributes: list(FeedAttribute),
});
export type FeedLocation = z.infer<typeof FeedLocation>;

export const FeedServiceAtLocation = z
  .object({
    id: childId,
    location_id: optionalId,
    /** Checked later with `FeedLocation`, so a bad one is skipped rather than refusing the service. */
    location: z.preprocess(absent, z.unknown().optional()),
    description: optionalText,
    schedules: list(FeedSchedule),
    phones: list(FeedPhone),
    contacts: list(FeedContact),
  })
  .refine((sal) => sal.location_id ?? sal.location, { path: ['location_id'], message: 'Needs a location' });
export type FeedServiceAtLocation = z.infer<typeof FeedServiceAtLocation>;

export const FeedOrganization = z.object({
  id: OrukId,
  name: z.string({ message: 'An organization needs a name' }).trim().min(1, { message: 'An organization needs a name' }),
  description: optionalText,
  email: optionalText,
  website: optionalWebAddress,
  logo: optionalWebAddress,
  uri: optionalIdentifierUri,
  parent_organization_id: optionalId,
  organization_identifiers: list(
    z.object({
      id: childId,
      identifier_scheme: optionalText,
      identifier_type: z.preprocess(
        absent,
        z.string({ message: 'An organization identifier needs its identifier_type' }).trim().min(1),
      ),
      identifier: z.preprocess(
        (value) => (typeof value === 'number' ? String(value) : absent(value)),
        z.string({ message: 'An organization identifier needs its identifier' }).trim().min(1),
      ),
      attributes: list(FeedAttribute),
    }),
  ),
  attributes: list(FeedAttribute),
});
export type FeedOrganization = z.infer<typeof FeedOrganization>;

const idFor = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined);

export const FeedService = z
  .object({
    id: OrukId,
    name: z.string({ message: 'A service needs a name' }).trim().min(1, { message: 'A service needs a name' }),
    status: z.preprocess(
      lowerCase,
      z.enum(ORUK_SERVICE_STATUSES, { message: `Use one of: ${ORUK_SERVICE_STATUSES.join(', ')}` }),
    ),
    organization_id: optionalId,
    organization: z.preprocess(absent, FeedOrganization.optional()),
    alternate_name: optionalText,
    description: optionalText,
    url: optionalWebAddress,
    email: optionalText,
    fees: optionalText,
    fees_description: optionalText,
    minimum_age: optionalInt,
    maximum_age: optionalInt,
    assured_date: optionalDate,
    assurer_email: optionalText,
    accreditations: optionalText,
    alert: optionalText,
    last_modified: optionalDateTime,
    service_at_locations: list(FeedServiceAtLocation),
    schedules: list(FeedSchedule),
    contacts: list(FeedContact),
    phones: list(FeedPhone),
    cost_options: list(
      z.object({
        id: childId,
        valid_from: optionalDate,
        valid_to: optionalDate,
        option: optionalText,
        amount: optionalNumber,
        currency: optionalText,
        amount_description: optionalText,
      }),
    ),
    languages: list(z.object({ id: childId, name: optionalText, code: optionalText, note: optionalText })),
    service_areas: list(
      z.object({
        id: childId,
        name: optionalText,
        description: optionalText,
        extent: optionalText,
        extent_type: optionalText,
        uri: optionalIdentifierUri,
        /** UK profile: the area served, in words. */
        service_area: optionalText,
      }),
    ),
    funding: list(z.object({ id: childId, source: optionalText })),
    /** Some feeds pluralise it. */
    fundings: list(z.object({ id: childId, source: optionalText })),
    attributes: list(FeedAttribute),
  })
  .refine((service) => Boolean(service?.organization_id ?? idFor(service?.organization)), {
    path: ['organization_id'],
    message: 'A service needs its organization (organization_id or a nested organization)',
    // Checked even when other fields are wrong, so every problem is listed in one pass.
    when: () => true,
  });
export type FeedService = z.infer<typeof FeedService>;

/**
 * The nested lists of a service. A listed service (`/services` without `full`) has none of them,
 * only its own fields and its organization; a service that has at least one is a full record.
 */
export const NESTED_LIST_KEYS = [
  'service_at_locations',
  'schedules',
  'contacts',
  'phones',
  'cost_options',
  'languages',
  'service_areas',
  'funding',
  'fundings',
  'attributes',
] as const;

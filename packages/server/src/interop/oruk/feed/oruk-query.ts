import { Postcode, WEEKDAYS, type Weekday } from '@kith/shared';
import { z } from 'zod';
import type { ServiceFilter } from './oruk-service-conditions.ts';

/**
 * Query parameters of the ORUK 3.0 API (names as the specification spells them) and its paging
 * shape. Bad values are a 400 naming the parameter, in Kith's one error shape.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any 8-4-4-4-12 hex id (feeds do not all use RFC version bits); compared lower-case. */
export const OrukId = z
  .string()
  .trim()
  .regex(GUID, { message: 'Must be a UUID' })
  .transform((value) => value.toLowerCase());

export function isOrukId(value: string): boolean {
  return GUID.test(value);
}

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const text = z.string().trim().max(200).optional();

/** An empty value (`?day=`) is taken as not given, as `search` is; anything else must parse. */
const given = (value: unknown) => (value === '' ? undefined : value);

/** An age in years (the profile types it as a number; a fraction is allowed). */
const age = z.preprocess(
  given,
  z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d+)?$/, { message: 'Use an age in years, like 18' })
    .transform(Number)
    .optional(),
);

/** "09:30" or "09:30:15" (24-hour), kept as HH:MM:SS so it compares as text with stored times. */
const timeOfDay = z.preprocess(
  given,
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { message: 'Use a 24-hour time like 09:30' })
    .transform((value) => (value.length === 5 ? `${value}:00` : value))
    .optional(),
);

const DAY_NAMES: Record<string, Weekday> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};

/** A schedule's day as ORUK writes it (RRULE `MO`…`SU`), or the English name; any case. */
const day = z.preprocess(
  given,
  z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .transform((value) => DAY_NAMES[value] ?? value)
    .pipe(z.enum(WEEKDAYS, { message: 'Use a day like MO, TU … SU' }))
    .optional(),
);

export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500, { message: 'At most 500 per page' }).default(50),
});

/**
 * The service filters the UK profile lists for both `/services` and `/service_at_locations`
 * (plus the core's organisation and modification filters), so the two lists read them alike.
 */
const ServiceFilterParams = {
  search: text,
  taxonomy_term_id: OrukId.optional(),
  taxonomy_id: OrukId.optional(),
  organization_id: OrukId.optional(),
  modified_after: z
    .string()
    .trim()
    .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Use an ISO 8601 date-time' })
    .transform((value) => new Date(value))
    .optional(),
  minimum_age: age,
  maximum_age: age,
  start_time: timeOfDay,
  end_time: timeOfDay,
  day,
};

export const ServicesQuery = PagingQuery.extend({
  ...ServiceFilterParams,
  minimal: flag,
  full: flag,
});
export type ServicesQuery = z.infer<typeof ServicesQuery>;

export const TaxonomyTermsQuery = PagingQuery.extend({
  taxonomy_id: OrukId.optional(),
  parent_id: OrukId.optional(),
  search: text,
});
export type TaxonomyTermsQuery = z.infer<typeof TaxonomyTermsQuery>;

export const OrganizationsQuery = PagingQuery.extend({ search: text });

export const ServiceAtLocationsQuery = PagingQuery.extend({
  ...ServiceFilterParams,
  postcode: z.preprocess(given, Postcode.optional()),
  /** Metres from the postcode's centroid. */
  proximity: z.preprocess(
    given,
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/, { message: 'Use a distance in metres, like 1500' })
      .transform(Number)
      .pipe(z.number().positive({ message: 'Use a distance in metres, like 1500' }).max(1_000_000))
      .optional(),
  ),
});
export type ServiceAtLocationsQuery = z.infer<typeof ServiceAtLocationsQuery>;

/** The filters of either list, as the repository takes them. */
export function serviceFilterOf(query: z.infer<z.ZodObject<typeof ServiceFilterParams>>): ServiceFilter {
  return {
    search: query.search,
    taxonomyTermId: query.taxonomy_term_id,
    taxonomyId: query.taxonomy_id,
    organizationId: query.organization_id,
    modifiedAfter: query.modified_after,
    minimumAge: query.minimum_age,
    maximumAge: query.maximum_age,
    startTime: query.start_time,
    endTime: query.end_time,
    day: query.day,
  };
}

/** `{id}` in a path: anything; a malformed id is simply not found. */
export const OrukIdParams = z.object({ id: z.string() });

export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/**
 * The ORUK paged response. `size` is the number of items in this page, as the UK profile's `Page`
 * schema defines it (so a short last page says 4, not the 50 asked for); `perPage` only sets
 * `total_pages`.
 */
export function orukPage<T>(contents: T[], total: number, page: number, perPage: number): OrukPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

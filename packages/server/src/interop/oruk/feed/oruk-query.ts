import { Postcode } from '@kith/shared';
import { z } from 'zod';

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

export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500, { message: 'At most 500 per page' }).default(50),
});

export const ServicesQuery = PagingQuery.extend({
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
  postcode: Postcode.optional(),
  /** Metres from the postcode's centroid. */
  proximity: z.coerce.number().positive().max(1_000_000).optional(),
  taxonomy_term_id: OrukId.optional(),
});
export type ServiceAtLocationsQuery = z.infer<typeof ServiceAtLocationsQuery>;

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

/** The ORUK paged response. `size` is the page size asked for. */
export function orukPage<T>(contents: T[], total: number, page: number, size: number): OrukPage<T> {
  const totalPages = Math.ceil(total / size);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

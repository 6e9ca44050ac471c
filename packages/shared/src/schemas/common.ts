import { z } from 'zod';

/** A UUID as used for every Kith record id. */
export const Id = z.uuid();

/** Path parameters of a single-record route. */
export const IdParams = z.object({ id: Id });

/** Page request query string: 1-based page, bounded page size. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of results. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** An email address, trimmed and lower-cased so it is compared case-insensitively. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter an email address in the correct format, like name@example.org' }))
  .transform((value) => value.toLowerCase());

/** Free text kept verbatim (never interpreted as HTML or SQL), with a sensible length bound. */
export function text(max: number, label: string) {
  return z
    .string()
    .trim()
    .min(1, { message: `Enter ${label}` })
    .max(max, { message: `${label[0]?.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer` });
}

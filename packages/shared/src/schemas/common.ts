import { z } from 'zod';
import { ILL_FORMED_TEXT_MESSAGE, isWellFormedText } from '../rules/well-formed-text.ts';

/** A UUID as used for every Kith record id. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** Path parameters of a single-record route. */
export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

/**
 * The highest page number any list accepts. Far past any real list (200 a page is 20 million
 * rows), yet small enough that `(page - 1) * pageSize` fits the int OFFSET the queries cast to:
 * `page=1e9` is a 400 naming `page`, never an arithmetic overflow in the database.
 */
export const MAX_PAGE = 100_000;

/** A 1-based page number from a query string, bounded by {@link MAX_PAGE}. */
export const PageNumber = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE, { message: `Page must be ${MAX_PAGE} or lower` })
  .default(1);
export type PageNumber = z.infer<typeof PageNumber>;

/** Page request query string: 1-based page, bounded page size. */
export const PageQuery = z.object({
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PageQuery = z.infer<typeof PageQuery>;

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
export type Email = z.infer<typeof Email>;

/**
 * Free text kept verbatim (never interpreted as HTML or SQL), with a sensible length bound, and
 * storable: no NUL or broken characters (the shared well-formed-text rule).
 */
export function text(max: number, label: string) {
  return z
    .string()
    .trim()
    .min(1, { message: `Enter ${label}` })
    .max(max, { message: `${label[0]?.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer` })
    .refine(isWellFormedText, { message: ILL_FORMED_TEXT_MESSAGE });
}

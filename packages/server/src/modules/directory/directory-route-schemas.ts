import { DirectoryOrganisation, PageNumber, pageOf, Taxonomy, TaxonomyTerm } from '@kith/shared';
import { z } from 'zod';

/**
 * Query and response shapes of the directory's list routes that the shared contract leaves to
 * the server (the web reads them as `{ items }` and pages of `{ items, total, page, pageSize }`).
 */

/** `GET /api/directory/organizations`: `mine=true` keeps the organisations whose services the caller curates. */
export const DirectoryOrganisationQuery = z.object({
  q: z.string().trim().max(200).optional(),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DirectoryOrganisationQuery = z.infer<typeof DirectoryOrganisationQuery>;

export const DirectoryOrganisationPage = pageOf(DirectoryOrganisation);
export const TaxonomyList = z.object({ items: z.array(Taxonomy) });
export const TaxonomyTermList = z.object({ items: z.array(TaxonomyTerm) });

/** The postcode is checked by the use case, so a malformed one is a 400 naming `postcode` like an unknown one. */
export const PostcodeParams = z.object({ postcode: z.string().max(20) });

import { z } from 'zod';
import { ORGANISATION_KINDS } from '../roles.ts';
import { Id, text } from './common.ts';

/**
 * An ODS code (NHS Organisation Data Service): 3 to 10 letters and digits, stored upper-case.
 * Optional because VCSE organisations rarely have one.
 */
export const OdsCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{3,10}$/, { message: 'ODS code must be 3 to 10 letters or numbers, like M85001' }));
export type OdsCode = z.infer<typeof OdsCode>;

/** An organisation as returned by the API. */
export const Organisation = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  odsCode: z.string().nullable(),
  parentId: Id.nullable(),
  active: z.boolean(),
  /** For a VCSE organisation: the PCNs it serves. Empty for other kinds. */
  servesPcnIds: z.array(Id),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof Organisation>;

/** `POST /api/organisations` body. */
export const CreateOrganisationRequest = z.object({
  name: text(200, 'a name'),
  kind: z.enum(ORGANISATION_KINDS, { message: 'Choose a kind of organisation' }),
  odsCode: OdsCode.nullable().optional(),
  parentId: Id.nullable().optional(),
  servesPcnIds: z.array(Id).max(100).optional(),
});
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequest>;

/** `PATCH /api/organisations/:id` body: only the fields sent change. */
export const UpdateOrganisationRequest = z.object({
  name: text(200, 'a name').optional(),
  odsCode: OdsCode.nullable().optional(),
  parentId: Id.nullable().optional(),
  servesPcnIds: z.array(Id).max(100).optional(),
  active: z.boolean().optional(),
});
export type UpdateOrganisationRequest = z.infer<typeof UpdateOrganisationRequest>;

/** `GET /api/organisations` query. */
export const OrganisationListQuery = z.object({
  kind: z.enum(ORGANISATION_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

export const OrganisationList = z.object({ items: z.array(Organisation) });
export type OrganisationList = z.infer<typeof OrganisationList>;

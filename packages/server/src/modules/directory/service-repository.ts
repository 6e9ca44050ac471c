import type { ServiceInput } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryOrganisations, directoryServices } from '../../db/schema/index.ts';
import { upsertById } from './bulk-upsert-repository.ts';

/** A service row with what the curation policy needs: its organisation's Kith link. */
export interface OwnedService {
  id: string;
  organizationId: string;
  kithOrganisationId: string | null;
  archivedAt: Date | null;
  capacityStatus: string;
}

export async function findOwnedService(db: DbOrTx, id: string): Promise<OwnedService | null> {
  const [row] = await db
    .select({
      id: directoryServices.id,
      organizationId: directoryServices.organizationId,
      kithOrganisationId: directoryOrganisations.kithOrganisationId,
      archivedAt: directoryServices.archivedAt,
      capacityStatus: directoryServices.capacityStatus,
    })
    .from(directoryServices)
    .innerJoin(directoryOrganisations, eq(directoryOrganisations.id, directoryServices.organizationId))
    .where(eq(directoryServices.id, id))
    .limit(1);
  return row ?? null;
}

/** The Kith link of a directory organisation; undefined when the organisation does not exist. */
export async function findOrganisationLink(
  db: DbOrTx,
  organisationId: string,
): Promise<{ kithOrganisationId: string | null } | undefined> {
  const [row] = await db
    .select({ kithOrganisationId: directoryOrganisations.kithOrganisationId })
    .from(directoryOrganisations)
    .where(eq(directoryOrganisations.id, organisationId))
    .limit(1);
  return row;
}

/** The service's own columns from the editor's input (details are written separately). */
export function serviceColumns(input: ServiceInput) {
  return {
    organizationId: input.organisationId,
    name: input.name,
    description: input.description,
    url: input.url ?? null,
    email: input.email ?? null,
    status: input.status,
    fees: input.fees ?? null,
    minimumAge: input.minimumAge ?? null,
    maximumAge: input.maximumAge ?? null,
    capacityStatus: input.capacityStatus,
    typicalWaitDays: input.typicalWaitDays ?? null,
    referralRoute: input.referralRoute,
    fundingStatus: input.fundingStatus,
    fundedUntil: input.fundedUntil ?? null,
  };
}

/** A new service counts as verified by its creator: they have just checked every detail. */
export async function insertService(db: DbOrTx, input: ServiceInput, verifiedBy: string, at: Date): Promise<string> {
  const [row] = await db
    .insert(directoryServices)
    .values({ ...serviceColumns(input), lastVerifiedAt: at, lastVerifiedBy: verifiedBy, createdAt: at, updatedAt: at })
    .returning({ id: directoryServices.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/**
 * Every change made in Kith clears the publisher's `last_modified` (`sourceLastModified`): the
 * record no longer is what the publisher last changed, so the ORUK feed says `updated_at`.
 */
const KITH_EDIT = { sourceLastModified: null } as const;

/** Saving the whole form also verifies the service: the curator has reviewed every field. */
export async function updateServiceRow(
  db: DbOrTx,
  id: string,
  input: ServiceInput,
  { verifiedBy, at }: { verifiedBy: string; at: Date },
): Promise<void> {
  await db
    .update(directoryServices)
    .set({ ...serviceColumns(input), ...KITH_EDIT, lastVerifiedAt: at, lastVerifiedBy: verifiedBy, updatedAt: at })
    .where(eq(directoryServices.id, id));
}

export type ServicePatch = Partial<
  Pick<
    typeof directoryServices.$inferInsert,
    'capacityStatus' | 'typicalWaitDays' | 'lastVerifiedAt' | 'lastVerifiedBy' | 'archivedAt'
  >
>;

export async function patchService(db: DbOrTx, id: string, patch: ServicePatch, at: Date): Promise<void> {
  await db
    .update(directoryServices)
    .set({ ...patch, ...KITH_EDIT, updatedAt: at })
    .where(eq(directoryServices.id, id));
}

/**
 * Services by id in bulk (imports). A new service takes Kith's defaults for the columns the rows
 * do not carry (signpost only, open); an existing one has only the carried columns overwritten,
 * so its capacity, funding and verification are kept, and so is its creation time.
 */
export async function upsertServices(
  db: DbOrTx,
  rows: readonly (Omit<typeof directoryServices.$inferInsert, 'createdAt' | 'updatedAt'> & { id: string })[],
  at: Date,
): Promise<void> {
  await upsertById(
    db,
    directoryServices,
    rows.map((row) => ({ ...row, createdAt: at, updatedAt: at })),
    { keep: ['createdAt'] },
  );
}

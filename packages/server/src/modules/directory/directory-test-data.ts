import { ServiceInput } from '@kith/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { directoryOrganisations, directoryServices, directoryTaxonomyTerms, postcodes } from '../../db/schema/index.ts';
import { replaceServiceDetails } from './service-detail-write-repository.ts';
import { placeLocations } from './service-input-checks.ts';
import { serviceColumns } from './service-repository.ts';

/**
 * Directory test data for integration tests (this module's and others'). The directory and
 * postcode tables are global, not per tenant, so every helper makes random unique names,
 * postcodes and terms: tests never see each other's rows by accident. Writes go straight to
 * the tables (no actor needed), through the same detail writer the editor uses.
 */

/** The seeded needs taxonomy (migration 0007). */
export const NEEDS_TAXONOMY_ID = '5e3d0000-0000-4000-8000-000000000000';

const LETTERS = 'ABCDEFGHJKLMNPRSTUWXYZ';
const pick = (from: string) => from[Math.floor(Math.random() * from.length)] ?? 'A';
const digit = () => String(Math.floor(Math.random() * 10));

/** A well-formed postcode nobody else is using ("AB12 3CD" form); not stored. */
export function randomPostcode(): string {
  return `${pick(LETTERS)}${pick(LETTERS)}${digit()}${digit()} ${digit()}${pick(LETTERS)}${pick(LETTERS)}`;
}

/** A random word of letters only, for names the full-text and trigram search can tell apart. */
export function randomWord(length = 10): string {
  return Array.from({ length }, () => pick('bcdfghjklmnpqrstvwxz')).join('');
}

/** Stores a postcode centroid at the given point and returns the postcode. */
export async function createTestPostcode(db: Db, latitude: number, longitude: number): Promise<string> {
  const postcode = randomPostcode();
  await db.insert(postcodes).values({ postcode, latitude, longitude }).onConflictDoUpdate({
    target: postcodes.postcode,
    set: { latitude, longitude },
  });
  return postcode;
}

/** A directory organisation, linked to a Kith (VCSE) organisation when given. */
export async function createTestDirectoryOrganisation(
  db: Db,
  options: { kithOrganisationId?: string | null; name?: string } = {},
): Promise<string> {
  const [row] = await db
    .insert(directoryOrganisations)
    .values({ name: options.name ?? `Test charity ${randomWord(6)}`, kithOrganisationId: options.kithOrganisationId ?? null })
    .returning({ id: directoryOrganisations.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** A term in the seeded needs taxonomy (under `parentId` when given). */
export async function createTestTerm(
  db: Db,
  options: { parentId?: string | null; name?: string; code?: string } = {},
): Promise<string> {
  const [row] = await db
    .insert(directoryTaxonomyTerms)
    .values({
      taxonomyId: NEEDS_TAXONOMY_ID,
      parentId: options.parentId ?? null,
      name: options.name ?? `Test need ${randomWord(6)}`,
      code: options.code ?? null,
    })
    .returning({ id: directoryTaxonomyTerms.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export type TestServiceOptions = Partial<z.input<typeof ServiceInput>> & {
  /** When no `organisationId` is given, a new directory organisation is made with this link. */
  kithOrganisationId?: string | null;
  /** Default: now. `null` means never verified (stale). */
  lastVerifiedAt?: Date | null;
  archived?: boolean;
};

export interface TestService {
  id: string;
  organisationId: string;
  name: string;
}

/**
 * A directory service. Everything in `ServiceInput` may be given (locations with `latitude` and
 * `longitude`, or a `postcode` already stored); the rest take the schema's defaults.
 */
export async function createTestDirectoryService(db: Db, options: TestServiceOptions = {}): Promise<TestService> {
  const { kithOrganisationId, lastVerifiedAt, archived, ...fields } = options;
  const organisationId = fields.organisationId ?? (await createTestDirectoryOrganisation(db, { kithOrganisationId }));
  const input = ServiceInput.parse({ name: `Test service ${randomWord(8)}`, ...fields, organisationId });
  const placed = await placeLocations(db, input.locations);
  const verifiedAt = lastVerifiedAt === undefined ? new Date() : lastVerifiedAt;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(directoryServices)
      .values({
        ...serviceColumns({ ...input, organisationId }),
        lastVerifiedAt: verifiedAt,
        archivedAt: archived ? new Date() : null,
      })
      .returning({ id: directoryServices.id });
    if (!row) throw new Error('insert returned no row');
    await replaceServiceDetails(tx, row.id, input, placed);
    return row.id;
  });
  return { id, organisationId, name: input.name };
}

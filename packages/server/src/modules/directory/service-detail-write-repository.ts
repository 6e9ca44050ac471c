import type { LocationInput, ServiceInput } from '@kith/shared';
import { and, eq, inArray, isNull, ne, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  directoryAccessibility,
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryFundings,
  directoryLanguages,
  directoryLocations,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
} from '../../db/schema/index.ts';

/**
 * Writes a service's ORUK detail records (locations, opening times, contacts, costs, languages,
 * areas, need terms) from the editor's input, one service at a time, replacing what was there.
 * An import's bulk writes are in imported-detail-write-repository.ts. A location keeps its id when the input names it, so ORUK
 * links to it survive an edit; a location is deleted only when no other service is delivered there.
 */

/** A location from the input with its coordinates settled (given, or from the postcode centroid). */
export interface PlacedLocation extends LocationInput {
  latitude: number | null;
  longitude: number | null;
}

export async function replaceServiceDetails(
  tx: DbOrTx,
  serviceId: string,
  input: ServiceInput,
  locations: PlacedLocation[],
): Promise<void> {
  // The editor holds every detail but fundings; its links to locations are replaced below, so
  // the locations it still names keep their ids. Phones on the service itself (ORUK imports)
  // are shown as contacts and come back as such.
  await deleteServiceDetails(tx, [serviceId], { locationLinks: false, fundings: false });
  await replaceLocations(tx, serviceId, locations);
  for (const contact of input.contacts) {
    const [row] = await tx
      .insert(directoryContacts)
      .values({ serviceId, name: contact.name ?? null, email: contact.email ?? null })
      .returning({ id: directoryContacts.id });
    // The phone hangs off the contact only, so the ORUK feed does not list it twice.
    if (row && contact.phone) await tx.insert(directoryPhones).values({ contactId: row.id, number: contact.phone });
  }
  if (input.costOptions.length > 0) {
    await tx.insert(directoryCostOptions).values(
      input.costOptions.map((c) => ({
        serviceId,
        option: c.option ?? null,
        amount: c.amount ?? null,
        currency: c.amount ? 'GBP' : null,
        amountDescription: c.amountDescription ?? null,
      })),
    );
  }
  if (input.languages.length > 0) {
    await tx.insert(directoryLanguages).values(input.languages.map((name) => ({ serviceId, name })));
  }
  if (input.serviceAreas.length > 0) {
    await tx.insert(directoryServiceAreas).values(input.serviceAreas.map((name) => ({ serviceId, name })));
  }
  await insertTerms(tx, serviceId, input.termIds);
}

/** Need terms are ORUK attributes linking a taxonomy term to the service. */
async function insertTerms(tx: DbOrTx, serviceId: string, termIds: string[]): Promise<void> {
  const unique = [...new Set(termIds)];
  if (unique.length === 0) return;
  await tx
    .insert(directoryAttributes)
    .values(unique.map((taxonomyTermId) => ({ linkId: serviceId, linkType: 'service', linkEntity: 'service', taxonomyTermId })));
}

async function replaceLocations(tx: DbOrTx, serviceId: string, locations: PlacedLocation[]): Promise<void> {
  const kept = locations.flatMap((l) => (l.id ? [l.id] : []));
  const dropped = await tx
    .select({ locationId: directoryServiceAtLocations.locationId })
    .from(directoryServiceAtLocations)
    .where(
      and(
        eq(directoryServiceAtLocations.serviceId, serviceId),
        kept.length > 0 ? notInArray(directoryServiceAtLocations.locationId, kept) : undefined,
      ),
    );
  // Unlinking deletes the link's schedules (cascade); the editor's schedules live on the link.
  await tx
    .delete(directoryServiceAtLocations)
    .where(
      and(
        eq(directoryServiceAtLocations.serviceId, serviceId),
        kept.length > 0 ? notInArray(directoryServiceAtLocations.locationId, kept) : undefined,
      ),
    );
  await deleteUnsharedLocations(
    tx,
    dropped.map((d) => d.locationId),
  );
  for (const location of locations) await writeLocation(tx, serviceId, location);
}

async function deleteUnsharedLocations(tx: DbOrTx, locationIds: string[]): Promise<void> {
  if (locationIds.length === 0) return;
  const stillUsed = await tx
    .select({ locationId: directoryServiceAtLocations.locationId })
    .from(directoryServiceAtLocations)
    .where(inArray(directoryServiceAtLocations.locationId, locationIds));
  const used = new Set(stillUsed.map((u) => u.locationId));
  const orphans = locationIds.filter((id) => !used.has(id));
  if (orphans.length > 0) await tx.delete(directoryLocations).where(inArray(directoryLocations.id, orphans));
}

async function writeLocation(tx: DbOrTx, serviceId: string, location: PlacedLocation): Promise<void> {
  const columns = {
    name: location.name,
    locationType: location.locationType,
    latitude: location.latitude,
    longitude: location.longitude,
    accessibility: location.accessibility ?? null,
    updatedAt: new Date(),
  };
  let locationId = location.id;
  if (locationId) {
    await dropStaleAccessibility(tx, locationId, columns.accessibility);
    await tx.update(directoryLocations).set(columns).where(eq(directoryLocations.id, locationId));
    // Location-wide schedules (e.g. from an ORUK import) were shown in the editor as this
    // service's, and come back in the input; keep one copy.
    const shared = await isShared(tx, locationId, serviceId);
    await deleteLocationDetails(tx, [locationId], { schedules: !shared });
  } else {
    const [row] = await tx.insert(directoryLocations).values(columns).returning({ id: directoryLocations.id });
    if (!row) throw new Error('insert returned no row');
    locationId = row.id;
  }
  if (location.address1 || location.city || location.postcode) {
    await tx.insert(directoryAddresses).values({
      locationId,
      address1: location.address1 ?? '',
      city: location.city ?? '',
      postalCode: location.postcode ?? '',
      country: 'GB',
    });
  }
  const [link] = await tx
    .insert(directoryServiceAtLocations)
    .values({ serviceId, locationId })
    .onConflictDoUpdate({
      target: [directoryServiceAtLocations.serviceId, directoryServiceAtLocations.locationId],
      set: { serviceId },
    })
    .returning({ id: directoryServiceAtLocations.id });
  if (!link) throw new Error('upsert returned no row');
  await tx.delete(directorySchedules).where(eq(directorySchedules.serviceAtLocationId, link.id));
  if (location.schedules.length === 0) return;
  await tx.insert(directorySchedules).values(
    location.schedules.map((s) => ({
      serviceId,
      serviceAtLocationId: link.id,
      freq: s.freq,
      interval: s.interval,
      byday: s.byday.join(','),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      description: s.description ?? null,
      validFrom: s.validFrom ?? null,
      validTo: s.validTo ?? null,
    })),
  );
}

/**
 * The editor keeps a location's accessibility as one summary text. When it changes, the ORUK
 * accessibility records an import brought no longer describe the place: they go, and the feed
 * publishes the new summary instead.
 */
async function dropStaleAccessibility(tx: DbOrTx, locationId: string, summary: string | null): Promise<void> {
  const [stored] = await tx
    .select({ accessibility: directoryLocations.accessibility })
    .from(directoryLocations)
    .where(eq(directoryLocations.id, locationId));
  if (stored && stored.accessibility !== summary) {
    await tx.delete(directoryAccessibility).where(eq(directoryAccessibility.locationId, locationId));
  }
}

async function isShared(tx: DbOrTx, locationId: string, serviceId: string): Promise<boolean> {
  const [other] = await tx
    .select({ id: directoryServiceAtLocations.id })
    .from(directoryServiceAtLocations)
    .where(and(eq(directoryServiceAtLocations.locationId, locationId), ne(directoryServiceAtLocations.serviceId, serviceId)))
    .limit(1);
  return other !== undefined;
}

/** The ids of the locations the service is delivered at now (an edit may keep only these). */
export async function currentLocationIds(db: DbOrTx, serviceId: string): Promise<Set<string>> {
  const rows = await db
    .select({ locationId: directoryServiceAtLocations.locationId })
    .from(directoryServiceAtLocations)
    .where(eq(directoryServiceAtLocations.serviceId, serviceId));
  return new Set(rows.map((r) => r.locationId));
}

export interface ServiceDetailsToDelete {
  /** The links to locations (their own schedules and phones go with them). The editor keeps the links it still names. */
  locationLinks: boolean;
  /** Fundings: only an ORUK feed carries them; the editor neither shows nor writes them. */
  fundings: boolean;
}

/**
 * Deletes the detail rows of services that are about to be written again: service-level
 * schedules and phones, contacts (their phones go with them), cost options, languages, areas
 * and need terms, plus what `options` adds.
 */
export async function deleteServiceDetails(
  tx: DbOrTx,
  serviceIds: readonly string[],
  options: ServiceDetailsToDelete,
): Promise<void> {
  if (serviceIds.length === 0) return;
  const ids = [...serviceIds];
  await tx
    .delete(directoryAttributes)
    .where(and(inArray(directoryAttributes.linkId, ids), eq(directoryAttributes.linkType, 'service')));
  await tx.delete(directoryContacts).where(inArray(directoryContacts.serviceId, ids));
  if (options.locationLinks) {
    await tx.delete(directoryServiceAtLocations).where(inArray(directoryServiceAtLocations.serviceId, ids));
  }
  const tables = [directoryPhones, directorySchedules, directoryCostOptions, directoryLanguages, directoryServiceAreas];
  for (const table of options.fundings ? [...tables, directoryFundings] : tables) {
    await tx.delete(table).where(inArray(table.serviceId, ids));
  }
}

/** Deletes the addresses of locations and, unless told not to, their location-wide opening times. */
export async function deleteLocationDetails(
  tx: DbOrTx,
  locationIds: readonly string[],
  { schedules }: { schedules: boolean },
): Promise<void> {
  if (locationIds.length === 0) return;
  const ids = [...locationIds];
  await tx.delete(directoryAddresses).where(inArray(directoryAddresses.locationId, ids));
  if (!schedules) return;
  await tx
    .delete(directorySchedules)
    .where(
      and(
        inArray(directorySchedules.locationId, ids),
        isNull(directorySchedules.serviceId),
        isNull(directorySchedules.serviceAtLocationId),
      ),
    );
}

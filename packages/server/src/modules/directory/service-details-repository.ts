import type { LocationInput, ServiceInput } from '@kith/shared';
import { and, eq, inArray, ne, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryLanguages,
  directoryLocations,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
} from '../../db/schema/index.ts';

/**
 * Writes a service's ORUK detail records from the editor's input, replacing what was there.
 * A location keeps its id when the input names it, so ORUK links to it survive an edit; a
 * location is deleted only when no other service is delivered there.
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
  await replaceLocations(tx, serviceId, locations);
  // Phones on the service itself (ORUK imports) are shown as contacts and come back as such.
  await tx.delete(directoryPhones).where(eq(directoryPhones.serviceId, serviceId));
  await tx.delete(directoryContacts).where(eq(directoryContacts.serviceId, serviceId));
  for (const contact of input.contacts) {
    const [row] = await tx
      .insert(directoryContacts)
      .values({ serviceId, name: contact.name ?? null, email: contact.email ?? null })
      .returning({ id: directoryContacts.id });
    // The phone hangs off the contact only, so the ORUK feed does not list it twice.
    if (row && contact.phone) await tx.insert(directoryPhones).values({ contactId: row.id, number: contact.phone });
  }
  await tx.delete(directoryCostOptions).where(eq(directoryCostOptions.serviceId, serviceId));
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
  await tx.delete(directoryLanguages).where(eq(directoryLanguages.serviceId, serviceId));
  if (input.languages.length > 0) {
    await tx.insert(directoryLanguages).values(input.languages.map((name) => ({ serviceId, name })));
  }
  await tx.delete(directoryServiceAreas).where(eq(directoryServiceAreas.serviceId, serviceId));
  if (input.serviceAreas.length > 0) {
    await tx.insert(directoryServiceAreas).values(input.serviceAreas.map((name) => ({ serviceId, name })));
  }
  await replaceTerms(tx, serviceId, input.termIds);
}

/** Need terms are ORUK attributes linking a taxonomy term to the service. */
async function replaceTerms(tx: DbOrTx, serviceId: string, termIds: string[]): Promise<void> {
  await tx
    .delete(directoryAttributes)
    .where(and(eq(directoryAttributes.linkId, serviceId), eq(directoryAttributes.linkType, 'service')));
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
  // Service-level schedules are replaced too: the editor holds every schedule of the service.
  await tx.delete(directorySchedules).where(eq(directorySchedules.serviceId, serviceId));
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
    await tx.update(directoryLocations).set(columns).where(eq(directoryLocations.id, locationId));
    await tx.delete(directoryAddresses).where(eq(directoryAddresses.locationId, locationId));
    if (!(await isShared(tx, locationId, serviceId))) {
      // Location-wide schedules (e.g. from an ORUK import) were shown in the editor as this
      // service's, and come back in the input; keep one copy.
      await tx.delete(directorySchedules).where(eq(directorySchedules.locationId, locationId));
    }
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

import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import {
  directoryAccessibility,
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryLocations,
  directoryOrganisations,
  directoryOrganizationIdentifiers,
  directorySchedules,
  directoryServiceAreas,
  directoryServices,
  directoryTaxonomies,
  directoryTaxonomyTerms,
} from '../../src/db/schema/index.ts';
import type { createTestTaxonomyTerm, TestService } from '../../src/interop/oruk/oruk-test-data.ts';
import { uniqueWord } from '../../src/interop/oruk/oruk-test-data.ts';

export type TestTerm = Awaited<ReturnType<typeof createTestTaxonomyTerm>>;

/**
 * Fills every ORUK field Kith stores on one service, its organization, location and term, beyond
 * what createOrukTestService sets (including those migration 0018 added for issue 17), so the
 * checker meets each of them in a real feed answer.
 */
export async function addEveryStoredField(db: Db, service: TestService, term: TestTerm, parentTermId: string): Promise<void> {
  const parentId = crypto.randomUUID();
  await db.insert(directoryOrganisations).values({ id: parentId, name: uniqueWord('Parent '), description: 'A parent body' });
  await db
    .update(directoryOrganisations)
    .set({
      parentOrganizationId: parentId,
      email: 'office@example.org',
      uri: 'https://example.org/org',
      logo: 'https://example.org/logo.png',
    })
    .where(eq(directoryOrganisations.id, service.organizationId));
  const identifierId = crypto.randomUUID();
  await db.insert(directoryOrganizationIdentifiers).values({
    id: identifierId,
    organizationId: service.organizationId,
    identifierScheme: 'GB-CHC',
    identifierType: 'Charity number',
    identifier: '1234567',
  });
  const accessibilityId = crypto.randomUUID();
  await db.insert(directoryAccessibility).values({
    id: accessibilityId,
    locationId: service.locationId,
    description: 'Hearing loop',
    details: 'At the front desk',
    url: 'https://example.org/access',
    accessibility: 'hearing',
  });
  await db
    .update(directoryLocations)
    .set({ externalIdentifier: 'UPRN-100', externalIdentifierType: 'UPRN', description: 'Ground floor hall' })
    .where(eq(directoryLocations.id, service.locationId));
  await db.insert(directorySchedules).values({
    id: crypto.randomUUID(),
    serviceId: service.id,
    freq: 'MONTHLY',
    bymonthday: '1',
    opensAt: '10:00:30',
    closesAt: '11:00:00',
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    dtstart: '2025-01-01',
    scheduleLink: 'https://example.org/timetable',
    attendingType: 'in person',
    description: 'First of the month',
    notes: 'Bring a friend',
  });
  await db.insert(directoryServiceAreas).values({
    id: crypto.randomUUID(),
    serviceId: service.id,
    name: 'Leeds',
    serviceArea: 'Leeds and district',
    extent: 'POLYGON((0 0,1 0,1 1,0 0))',
    extentType: 'wkt',
    uri: 'https://example.org/area',
  });
  await db.insert(directoryAttributes).values({
    id: crypto.randomUUID(),
    linkId: service.organizationId,
    linkType: 'organization',
    taxonomyTermId: term.termId,
  });
  await db
    .update(directoryTaxonomyTerms)
    .set({ taxonomy: 'Kith needs', term: 'food', termUri: 'https://example.org/food', parentId: parentTermId })
    .where(eq(directoryTaxonomyTerms.id, term.termId));
  await db
    .update(directoryTaxonomies)
    .set({ uri: 'https://example.org/needs', version: '1' })
    .where(eq(directoryTaxonomies.id, term.taxonomyId));
  await db
    .update(directoryServices)
    .set({
      url: 'https://example.org/service',
      maximumAge: 99,
      fees: 'None',
      accreditations: 'Quality mark',
      assuredDate: '2025-02-01',
      assurerEmail: 'assurer@example.org',
      alert: 'Closed on bank holidays',
      sourceLastModified: new Date('2025-03-01T09:30:15Z'),
    })
    .where(eq(directoryServices.id, service.id));
  await db
    .update(directoryAddresses)
    .set({ attention: 'Reception', region: 'Yorkshire' })
    .where(eq(directoryAddresses.locationId, service.locationId));
  await db
    .update(directoryCostOptions)
    .set({ validFrom: '2025-01-01', validTo: '2025-12-31', amountDescription: 'Per session, concessions free' })
    .where(eq(directoryCostOptions.serviceId, service.id));
  await db.update(directoryContacts).set({ title: 'Coordinator' }).where(eq(directoryContacts.serviceId, service.id));
  // A term on each kind of record that can carry attributes, so the nested ones are checked too.
  const addresses = await db.select().from(directoryAddresses).where(eq(directoryAddresses.locationId, service.locationId));
  const contacts = await db.select().from(directoryContacts).where(eq(directoryContacts.serviceId, service.id));
  const linked = [
    { linkId: service.locationId, linkType: 'location' },
    { linkId: identifierId, linkType: 'organization_identifier' },
    { linkId: accessibilityId, linkType: 'accessibility' },
    ...addresses.map((address) => ({ linkId: address.id, linkType: 'address' })),
    ...contacts.map((contact) => ({ linkId: contact.id, linkType: 'contact' })),
  ];
  await db.insert(directoryAttributes).values(linked.map((link) => ({ ...link, taxonomyTermId: term.termId })));
}

import type { Db } from '../../db/client.ts';
import {
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryCostOptions,
  directoryFundings,
  directoryLanguages,
  directoryLocations,
  directoryOrganisations,
  directoryPhones,
  directorySchedules,
  directoryServiceAreas,
  directoryServiceAtLocations,
  directoryServices,
  directoryTaxonomies,
  directoryTaxonomyTerms,
  postcodes,
} from '../../db/schema/index.ts';

/**
 * Test data for the ORUK boundary: directory rows written straight through Drizzle, each test
 * with its own unique names, terms and postcodes (the directory tables are global).
 */

export function uniqueWord(prefix: string): string {
  return `${prefix}${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
}

const LETTERS = 'ABCDEFGHJKLMNPRSTUWXYZ';
const letter = () => LETTERS[Math.floor(Math.random() * LETTERS.length)];
const digit = () => String(Math.floor(Math.random() * 10));

/** A random, well-formed postcode ("AB12 3CD" shape) stored with the given centroid. */
export async function createTestPostcode(db: Db, latitude: number, longitude: number): Promise<string> {
  const postcode = `${letter()}${letter()}${digit()}${digit()} ${digit()}${letter()}${letter()}`;
  await db.insert(postcodes).values({ postcode, latitude, longitude }).onConflictDoUpdate({
    target: postcodes.postcode,
    set: { latitude, longitude },
  });
  return postcode;
}

export async function createTestTaxonomyTerm(db: Db): Promise<{ taxonomyId: string; termId: string; name: string }> {
  const taxonomyId = crypto.randomUUID();
  const termId = crypto.randomUUID();
  const name = uniqueWord('term');
  await db.insert(directoryTaxonomies).values({ id: taxonomyId, name: uniqueWord('taxonomy'), description: 'Test taxonomy' });
  await db.insert(directoryTaxonomyTerms).values({ id: termId, taxonomyId, name, description: 'Test term', code: null });
  return { taxonomyId, termId, name };
}

export interface TestServiceOptions {
  organizationId?: string;
  name?: string;
  termId?: string;
  latitude?: number;
  longitude?: number;
  archived?: boolean;
  /** Leave out every optional detail (no phones, schedules, …). */
  bare?: boolean;
}

export interface TestService {
  id: string;
  organizationId: string;
  locationId: string;
  serviceAtLocationId: string;
  name: string;
}

/** A service with one of every ORUK detail, at one located address. */
export async function createOrukTestService(db: Db, options: TestServiceOptions = {}): Promise<TestService> {
  const organizationId = options.organizationId ?? crypto.randomUUID();
  if (!options.organizationId) {
    await db.insert(directoryOrganisations).values({
      id: organizationId,
      name: uniqueWord('Org '),
      description: 'A test organisation',
      website: 'https://example.org',
    });
  }
  const id = crypto.randomUUID();
  const name = options.name ?? uniqueWord('Service ');
  await db.insert(directoryServices).values({
    id,
    organizationId,
    name,
    description: `${name} helps people`,
    email: options.bare ? null : 'hello@example.org',
    minimumAge: options.bare ? null : 18,
    lastVerifiedAt: options.bare ? null : new Date('2025-01-15T10:00:00Z'),
    archivedAt: options.archived ? new Date() : null,
  });
  const locationId = crypto.randomUUID();
  await db.insert(directoryLocations).values({
    id: locationId,
    name: `${name} hall`,
    latitude: options.latitude ?? null,
    longitude: options.longitude ?? null,
    accessibility: options.bare ? null : 'Step-free access',
  });
  const serviceAtLocationId = crypto.randomUUID();
  await db.insert(directoryServiceAtLocations).values({ id: serviceAtLocationId, serviceId: id, locationId });
  if (options.termId) {
    await db
      .insert(directoryAttributes)
      .values({ linkId: id, linkType: 'service', taxonomyTermId: options.termId, id: crypto.randomUUID() });
  }
  if (options.bare) return { id, organizationId, locationId, serviceAtLocationId, name };

  await db.insert(directoryAddresses).values({
    id: crypto.randomUUID(),
    locationId,
    address1: '1 High Street',
    city: 'Leeds',
    stateProvince: 'West Yorkshire',
    postalCode: 'LS1 4AP',
  });
  await db.insert(directorySchedules).values([
    { id: crypto.randomUUID(), serviceId: id, freq: 'WEEKLY', interval: 1, byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00' },
    {
      id: crypto.randomUUID(),
      serviceId: id,
      serviceAtLocationId,
      freq: 'WEEKLY',
      byday: 'FR',
      opensAt: '13:00',
      closesAt: '15:30',
    },
  ]);
  const contactId = crypto.randomUUID();
  await db.insert(directoryContacts).values({ id: contactId, serviceId: id, name: 'Sam Helper', email: 'sam@example.org' });
  await db.insert(directoryPhones).values([
    { id: crypto.randomUUID(), serviceId: id, number: '0113 496 0000' },
    { id: crypto.randomUUID(), contactId, number: '0113 496 0001' },
  ]);
  await db
    .insert(directoryCostOptions)
    .values({ id: crypto.randomUUID(), serviceId: id, option: 'Per session', amount: 2.5, currency: 'GBP' });
  await db.insert(directoryLanguages).values({ id: crypto.randomUUID(), serviceId: id, name: 'Welsh', code: 'cy' });
  await db.insert(directoryServiceAreas).values({ id: crypto.randomUUID(), serviceId: id, name: 'Leeds' });
  await db.insert(directoryFundings).values({ id: crypto.randomUUID(), serviceId: id, source: 'Lottery' });
  return { id, organizationId, locationId, serviceAtLocationId, name };
}

/** Asserts deep inside any JSON value that nothing is null; returns the paths that are. */
export function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => nullPaths(item, `${path}[${index}]`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, field]) => nullPaths(field, `${path}.${key}`));
  }
  return [];
}

/** An ORUK 3.0 service record as a feed publishes it, with one of every nested detail. */
export function feedService(organization: { id: string; name: string }, term: { id: string; taxonomyId: string }) {
  const id = crypto.randomUUID();
  const locationId = crypto.randomUUID();
  const salId = crypto.randomUUID();
  return {
    id,
    name: uniqueWord('Feed service '),
    status: 'active',
    description: 'Imported from a feed',
    url: 'https://feed.example/service',
    minimum_age: 16,
    organization: {
      id: organization.id,
      name: organization.name,
      description: 'A feed organisation',
      website: 'https://feed.example',
    },
    service_at_locations: [
      {
        id: salId,
        location: {
          id: locationId,
          location_type: 'physical',
          name: 'Community centre',
          latitude: 53.79,
          longitude: -1.54,
          accessibility: [{ id: crypto.randomUUID(), description: 'Hearing loop' }],
          addresses: [
            {
              id: crypto.randomUUID(),
              address_1: '2 Park Row',
              city: 'Leeds',
              state_province: 'West Yorkshire',
              postal_code: 'LS1 5HD',
              country: 'GB',
              address_type: 'physical',
            },
          ],
        },
        schedules: [
          { id: crypto.randomUUID(), freq: 'WEEKLY', interval: 1, byday: 'TU', opens_at: '10:00:00', closes_at: '12:00:00' },
        ],
      },
    ],
    schedules: [{ id: crypto.randomUUID(), freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '11:00' }],
    contacts: [
      { id: crypto.randomUUID(), name: 'Pat Organiser', phones: [{ id: crypto.randomUUID(), number: '0113 496 0100' }] },
    ],
    phones: [
      { id: crypto.randomUUID(), number: '0113 496 0101' },
      { id: crypto.randomUUID(), number: '0113 496 0102' },
    ],
    cost_options: [{ id: crypto.randomUUID(), option: 'Free', amount: 0, currency: 'GBP' }],
    languages: [{ id: crypto.randomUUID(), name: 'Polish', code: 'pl' }],
    service_areas: [{ id: crypto.randomUUID(), name: 'Leeds' }],
    funding: [{ id: crypto.randomUUID(), source: 'Council' }],
    attributes: [
      {
        id: crypto.randomUUID(),
        link_type: 'need',
        taxonomy_term_id: term.id,
        taxonomy_term: {
          id: term.id,
          name: uniqueWord('Feed term '),
          description: 'A feed term',
          taxonomy_id: term.taxonomyId,
          taxonomy_detail: { id: term.taxonomyId, name: uniqueWord('Feed taxonomy '), description: 'A feed taxonomy' },
        },
      },
    ],
  };
}

export type FeedServiceRecord = ReturnType<typeof feedService>;

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

/** An attribute with its own fresh term, as the UK profile nests them under many records. */
function ukAttribute(linkId: string, linkType: string) {
  const termId = crypto.randomUUID();
  return {
    id: crypto.randomUUID(),
    link_id: linkId,
    taxonomy_term_id: termId,
    link_type: linkType,
    taxonomy_term: {
      id: termId,
      name: uniqueWord('Term '),
      description: `Describes a ${linkType}`,
      parent_id: crypto.randomUUID(),
      taxonomy: 'Synthetic needs taxonomy',
      taxonomy_id: crypto.randomUUID(),
      term_uri: `https://terms.example.org/${termId}`,
      term: uniqueWord('term-'),
    },
  };
}

/**
 * A synthetic ORUK service that uses every field the UK profile keeps on every resource (from the
 * compiled UK profile schema: the HSDS 3.0 schemas with the profile's removals and additions),
 * with values of Kith's own making. Left out, and why:
 * - `languages[].phone_id`: it names a phone, and the UK profile has no phones to name.
 * - `attributes[].link_type`: 'service' and the record kinds, the only values Kith keeps (it
 *   stores what an attribute is attached to there, and its need search relies on it).
 */
export function fullUkProfileService(parentOrganizationId: string) {
  const id = crypto.randomUUID();
  const organizationId = crypto.randomUUID();
  const identifierId = crypto.randomUUID();
  const salId = crypto.randomUUID();
  const locationId = crypto.randomUUID();
  const addressId = crypto.randomUUID();
  const accessibilityId = crypto.randomUUID();
  const contactId = crypto.randomUUID();
  return {
    id,
    organization_id: organizationId,
    name: uniqueWord('Full profile service '),
    description: 'A synthetic service using every field of the UK profile.',
    url: 'https://full-profile.example.org/service',
    email: 'service@full-profile.example.org',
    status: 'active',
    fees: 'Free for residents; £3 otherwise',
    accreditations: 'Synthetic Quality Mark level 2',
    minimum_age: 16,
    maximum_age: 99,
    assured_date: '2025-02-01',
    assurer_email: 'assurer@full-profile.example.org',
    alert: 'Closed on bank holidays',
    last_modified: '2025-03-14T09:26:53.000Z',
    schedules: [
      {
        id: crypto.randomUUID(),
        service_id: id,
        valid_from: '2025-01-01',
        valid_to: '2025-12-31',
        dtstart: '2025-01-06',
        freq: 'WEEKLY',
        interval: 2,
        byday: 'MO,WE',
        bymonthday: '1,15',
        description: 'Fortnightly drop-in',
        opens_at: '09:30:00',
        closes_at: '16:45:30',
        schedule_link: 'https://full-profile.example.org/sessions',
        attending_type: 'in person or online',
        notes: 'Arrive ten minutes early',
      },
      {
        id: crypto.randomUUID(),
        service_id: id,
        service_at_location_id: salId,
        valid_from: '2025-01-01',
        valid_to: '2025-06-30',
        dtstart: '2025-01-03',
        freq: 'MONTHLY',
        interval: 1,
        byday: 'FR',
        bymonthday: '3',
        description: 'Monthly clinic at the hall',
        opens_at: '13:00',
        closes_at: '15:00',
        schedule_link: 'https://full-profile.example.org/clinic',
        attending_type: 'in person',
        notes: 'Booking needed',
      },
    ],
    service_areas: [
      {
        id: crypto.randomUUID(),
        service_id: id,
        name: 'Synthetic ward',
        extent: 'POLYGON((-1.6 53.7, -1.5 53.7, -1.5 53.8, -1.6 53.7))',
        extent_type: 'wkt',
        uri: 'https://areas.example.org/synthetic-ward',
        service_area: 'Residents of the synthetic ward and its neighbours',
      },
    ],
    service_at_locations: [
      {
        id: salId,
        service_id: id,
        location_id: locationId,
        location: {
          id: locationId,
          location_type: 'physical',
          name: 'Synthetic community hall',
          description: 'A hall with a garden',
          latitude: 53.7996,
          longitude: -1.5491,
          external_identifier: '100012345678',
          external_identifier_type: 'UPRN',
          addresses: [
            {
              id: addressId,
              location_id: locationId,
              attention: 'Front desk',
              address_1: '7 Synthetic Street',
              city: 'Leeds',
              region: 'Yorkshire and the Humber',
              state_province: 'West Yorkshire',
              postal_code: 'LS1 4AP',
              country: 'GB',
              address_type: 'physical',
              attributes: [ukAttribute(addressId, 'address')],
            },
          ],
          accessibility: [
            {
              id: accessibilityId,
              location_id: locationId,
              description: 'Step-free entrance and hearing loop',
              details: 'Ramp at the side door; loop at reception',
              url: 'https://full-profile.example.org/access',
              accessibility: 'Wheelchair accessible on all floors',
              attributes: [ukAttribute(accessibilityId, 'accessibility')],
            },
          ],
          attributes: [ukAttribute(locationId, 'location')],
        },
      },
    ],
    languages: [{ id: crypto.randomUUID(), service_id: id }],
    organization: {
      id: organizationId,
      name: uniqueWord('Full profile org '),
      description: 'A synthetic organisation',
      email: 'org@full-profile.example.org',
      website: 'https://full-profile.example.org',
      logo: 'https://full-profile.example.org/logo.png',
      uri: 'https://full-profile.example.org/id',
      parent_organization_id: parentOrganizationId,
      organization_identifiers: [
        {
          id: identifierId,
          organization_id: organizationId,
          identifier_scheme: 'GB-CHC',
          identifier_type: 'Charity number',
          identifier: '1234567',
          attributes: [ukAttribute(identifierId, 'organization_identifier')],
        },
      ],
      attributes: [ukAttribute(organizationId, 'organization')],
    },
    funding: [{ id: crypto.randomUUID(), service_id: id, source: 'Synthetic community fund' }],
    cost_options: [
      {
        id: crypto.randomUUID(),
        service_id: id,
        valid_from: '2025-01-01',
        valid_to: '2025-12-31',
        option: 'Adults',
        amount: 12.5,
        amount_description: 'per session',
      },
    ],
    contacts: [
      {
        id: contactId,
        service_id: id,
        name: 'Robin Synthetic',
        title: 'Coordinator',
        attributes: [ukAttribute(contactId, 'contact')],
      },
    ],
    attributes: [ukAttribute(id, 'service')],
  };
}

/**
 * Every value of `expected` that `actual` does not have, as "path: expected → actual" lines. Lists
 * are matched by `id`; fields `actual` adds are not losses. Date-times compare as instants.
 */
export function lostValues(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: a list → ${JSON.stringify(actual)}`];
    return expected.flatMap((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      const match = id === undefined ? actual[i] : actual.find((a) => (a as { id?: unknown } | null)?.id === id);
      return lostValues(item, match, `${path}[${id === undefined ? i : `id=${String(id)}`}]`);
    });
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return [`${path}: a record → ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      lostValues(value, (actual as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  const instant = (value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : value;
  return instant(expected) === instant(actual) ? [] : [`${path}: ${JSON.stringify(expected)} → ${JSON.stringify(actual)}`];
}

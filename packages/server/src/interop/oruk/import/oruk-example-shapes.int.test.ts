import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import {
  directoryAccessibility,
  directoryLocations,
  directoryOrganisations,
  directoryOrganizationIdentifiers,
  directorySchedules,
  directoryServiceAreas,
  directoryServices,
  directoryTaxonomyTerms,
} from '../../../db/schema/index.ts';
import { uniqueWord } from '../oruk-test-data.ts';
import { importOrukFeed } from './oruk-import-service.ts';

/**
 * A record of Kith's own in the shape of the UK profile's published examples (`service_full`
 * and `service_list`): one-to-one fields with nested organization, a service-level schedule with
 * seconds, a location whose latitude is out of range, a term named by `taxonomy`/`term`, and a
 * parent organisation that is nowhere. Synthetic values throughout.
 */
function exampleShapedService() {
  const id = crypto.randomUUID();
  const goodLocationId = crypto.randomUUID();
  const badLocationId = crypto.randomUUID();
  const termId = crypto.randomUUID();
  return {
    id,
    name: uniqueWord('Example-shaped counselling '),
    description: 'Talking therapy for adults and young people.',
    url: 'http://example-shaped.test/counselling',
    email: 'hello@example-shaped.test',
    status: 'active',
    fees: 'Free',
    accreditations: 'Synthetic counselling body, level 3',
    minimum_age: 12,
    maximum_age: 100,
    assured_date: '2024-06-01',
    assurer_email: 'assurer@example-shaped.test',
    alert: 'Sessions are online this month',
    last_modified: '2024-11-05T14:20:11.250Z',
    schedules: [
      {
        id: crypto.randomUUID(),
        freq: 'WEEKLY',
        interval: 1,
        byday: 'TH,FR',
        opens_at: '10:00:00',
        closes_at: '18:00:00',
        schedule_link: 'http://example-shaped.test/book',
        attending_type: 'In person or by video call',
      },
    ],
    service_areas: [{ id: crypto.randomUUID(), name: 'Northtown', service_area: 'Everyone living in Northtown' }],
    service_at_locations: [
      {
        id: crypto.randomUUID(),
        location: {
          id: goodLocationId,
          location_type: 'physical',
          name: 'Northtown library',
          latitude: 53.5,
          longitude: -2.1,
          external_identifier: '200004444555',
          external_identifier_type: 'UPRN',
          accessibility: [
            {
              id: crypto.randomUUID(),
              description: 'Level access',
              details: 'Use the car park entrance',
              url: 'http://example-shaped.test/access',
              accessibility: 'Step-free throughout',
            },
            { id: crypto.randomUUID(), description: 'Quiet room' },
          ],
        },
      },
      {
        id: crypto.randomUUID(),
        location: { id: badLocationId, location_type: 'physical', name: 'Nowhere hall', latitude: 100, longitude: 101 },
      },
    ],
    languages: [{ id: crypto.randomUUID() }],
    organization: {
      id: crypto.randomUUID(),
      name: uniqueWord('Example-shaped org '),
      description: 'A synthetic charity',
      parent_organization_id: crypto.randomUUID(),
      organization_identifiers: [
        { id: crypto.randomUUID(), identifier_scheme: 'GB-COH', identifier_type: 'Company number', identifier: '7654321' },
      ],
    },
    attributes: [
      {
        id: crypto.randomUUID(),
        link_type: 'service',
        taxonomy_term: {
          id: termId,
          name: 'Counselling',
          description: 'Talking therapies',
          parent_id: crypto.randomUUID(),
          taxonomy: 'Synthetic services taxonomy',
          term_uri: 'http://example-shaped.test/terms/counselling',
          term: 'counselling',
        },
      },
    ],
  };
}

describe('ORUK import of records shaped like the UK profile examples', () => {
  let app: KithApp;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('imports every value, skipping only the location with a bad latitude, with warnings', async () => {
    const record = exampleShapedService();
    const report = await importOrukFeed(db(), null, { document: record }, { commit: true });
    expect(report).toMatchObject({ created: 1, errorCount: 0, warningCount: 2 });
    const badLocation = record.service_at_locations[1]?.location.id;
    expect(report.warnings.map((w) => w.path).sort()).toEqual([
      'organization.parent_organization_id',
      'service_at_locations.1.location.latitude',
    ]);
    expect(report.warnings.find((w) => w.path.endsWith('latitude'))?.message).toContain(badLocation);

    const [service] = await db().select().from(directoryServices).where(eq(directoryServices.id, record.id));
    expect(service).toMatchObject({
      accreditations: record.accreditations,
      assurerEmail: record.assurer_email,
      sourceLastModified: new Date(record.last_modified),
    });
    const [schedule] = await db().select().from(directorySchedules).where(eq(directorySchedules.serviceId, record.id));
    expect(schedule).toMatchObject({
      opensAt: '10:00:00',
      closesAt: '18:00:00',
      scheduleLink: record.schedules[0]?.schedule_link,
      attendingType: record.schedules[0]?.attending_type,
    });
    const [area] = await db().select().from(directoryServiceAreas).where(eq(directoryServiceAreas.serviceId, record.id));
    expect(area?.serviceArea).toBe('Everyone living in Northtown');

    const good = record.service_at_locations[0]?.location;
    const [location] = await db()
      .select()
      .from(directoryLocations)
      .where(eq(directoryLocations.id, good?.id ?? ''));
    expect(location).toMatchObject({
      externalIdentifier: '200004444555',
      externalIdentifierType: 'UPRN',
      accessibility: 'Level access; Quiet room',
    });
    const access = await db()
      .select()
      .from(directoryAccessibility)
      .where(eq(directoryAccessibility.locationId, good?.id ?? ''));
    expect(access).toContainEqual(
      expect.objectContaining({
        details: 'Use the car park entrance',
        url: 'http://example-shaped.test/access',
        accessibility: 'Step-free throughout',
      }),
    );
    expect(
      await db()
        .select()
        .from(directoryLocations)
        .where(eq(directoryLocations.id, badLocation ?? '')),
    ).toEqual([]);

    const identifiers = await db()
      .select()
      .from(directoryOrganizationIdentifiers)
      .where(eq(directoryOrganizationIdentifiers.organizationId, record.organization.id));
    expect(identifiers).toEqual([
      expect.objectContaining({ identifierScheme: 'GB-COH', identifierType: 'Company number', identifier: '7654321' }),
    ]);
    const [organization] = await db()
      .select()
      .from(directoryOrganisations)
      .where(eq(directoryOrganisations.id, record.organization.id));
    // The parent is in neither the feed nor Kith: no broken link, and the warning says so.
    expect(organization?.parentOrganizationId).toBeNull();
    const [term] = await db()
      .select()
      .from(directoryTaxonomyTerms)
      .where(eq(directoryTaxonomyTerms.id, record.attributes[0]?.taxonomy_term.id ?? ''));
    expect(term).toMatchObject({ name: 'Counselling', taxonomy: 'Synthetic services taxonomy', term: 'counselling' });
  });

  it('opening times are accepted as HH:MM or HH:MM:SS and anything else names the field', async () => {
    const record = exampleShapedService();
    const schedules = [
      { id: crypto.randomUUID(), opens_at: '09:30', closes_at: '17:15:45' },
      { id: crypto.randomUUID(), opens_at: '9.30am' },
    ];
    const report = await importOrukFeed(db(), null, { document: { ...record, schedules } }, { commit: false });
    expect(report.errors).toEqual([
      { index: 0, id: record.id, path: 'schedules.1.opens_at', message: 'Use a time like 09:30 or 09:30:00' },
    ]);
  });
});

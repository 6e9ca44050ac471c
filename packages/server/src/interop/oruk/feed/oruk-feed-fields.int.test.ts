import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import {
  directoryAccessibility,
  directoryAddresses,
  directoryAttributes,
  directoryContacts,
  directoryLocations,
  directoryOrganisations,
  directoryOrganizationIdentifiers,
  directorySchedules,
  directoryServiceAreas,
  directoryServices,
  directoryTaxonomyTerms,
} from '../../../db/schema/index.ts';
import { createOrukTestService, createTestTaxonomyTerm, nullPaths, type TestService, uniqueWord } from '../oruk-test-data.ts';
import { anyUuid } from './oruk-json.ts';

/**
 * The UK-profile fields the import keeps (migration 0018) are published by every endpoint that
 * carries the record: service accreditations and assurer, the publisher's last_modified, schedule
 * link and attending type with times exactly as stored, service area words, location external
 * identifier and accessibility records, parent organisation and organisation identifiers, and a
 * term's taxonomy and term words. Nothing is ever null.
 */
describe('ORUK feed: every UK-profile field the directory keeps', () => {
  let app: KithApp;
  let service: TestService;
  let term: { taxonomyId: string; termId: string };
  let parentId: string;
  const published = new Date('2024-06-01T08:30:15.250Z');
  const ids = { identifier: crypto.randomUUID(), accessibility: [crypto.randomUUID(), crypto.randomUUID()].sort() };
  const db = () => app.kith.database.db;
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    const body = response.json();
    expect(nullPaths(body), url).toEqual([]);
    return body;
  };

  beforeAll(async () => {
    app = await buildTestApp();
    term = await createTestTaxonomyTerm(db());
    service = await createOrukTestService(db(), { termId: term.termId, latitude: 53.8, longitude: -1.55 });
    parentId = crypto.randomUUID();
    await db()
      .insert(directoryOrganisations)
      .values({ id: parentId, name: uniqueWord('Parent '), description: 'Umbrella' });
    await db()
      .update(directoryOrganisations)
      .set({ parentOrganizationId: parentId })
      .where(eq(directoryOrganisations.id, service.organizationId));
    await db().insert(directoryOrganizationIdentifiers).values({
      id: ids.identifier,
      organizationId: service.organizationId,
      identifierScheme: 'GB-CHC',
      identifierType: 'Charity number',
      identifier: '1234567',
    });
    await db()
      .update(directoryServices)
      .set({ accreditations: 'Quality mark', assurerEmail: 'assurer@example.org', sourceLastModified: published })
      .where(eq(directoryServices.id, service.id));
    await db()
      .update(directorySchedules)
      .set({ scheduleLink: 'https://example.org/timetable', attendingType: 'In person or online', opensAt: '09:00:30' })
      .where(eq(directorySchedules.serviceId, service.id));
    await db()
      .update(directoryServiceAreas)
      .set({ serviceArea: 'All of Leeds' })
      .where(eq(directoryServiceAreas.serviceId, service.id));
    await db()
      .update(directoryLocations)
      .set({ externalIdentifier: '10092008082', externalIdentifierType: 'UPRN' })
      .where(eq(directoryLocations.id, service.locationId));
    await db()
      .insert(directoryAccessibility)
      .values([
        {
          id: ids.accessibility[0] as string,
          locationId: service.locationId,
          description: 'Induction loop',
          details: 'Switch to T',
          url: 'https://example.org/access',
          accessibility: 'Hearing loop',
        },
        { id: ids.accessibility[1] as string, locationId: service.locationId, description: 'Ramp at the side door' },
      ]);
    await db()
      .update(directoryTaxonomyTerms)
      .set({ taxonomy: 'Kith needs', term: 'Loneliness' })
      .where(eq(directoryTaxonomyTerms.id, term.termId));
  });
  afterAll(() => app.close());

  it('publishes the attributes of nested records (organisation, identifier, location, address, accessibility, contact)', async () => {
    const [address] = await db().select().from(directoryAddresses).where(eq(directoryAddresses.locationId, service.locationId));
    const [contact] = await db().select().from(directoryContacts).where(eq(directoryContacts.serviceId, service.id));
    const linked = {
      organization: service.organizationId,
      organization_identifier: ids.identifier,
      location: service.locationId,
      address: address?.id as string,
      accessibility: ids.accessibility[0] as string,
      contact: contact?.id as string,
    };
    await db()
      .insert(directoryAttributes)
      .values(
        Object.entries(linked).map(([linkType, linkId]) => ({
          id: crypto.randomUUID(),
          linkId,
          linkType,
          taxonomyTermId: term.termId,
          value: linkType,
        })),
      );
    const full = await get(`/openreferral/services/${service.id}`);
    const location = full.service_at_locations[0].location;
    const nested = {
      organization: full.organization,
      organization_identifier: full.organization.organization_identifiers[0],
      location,
      address: location.addresses[0],
      accessibility: location.accessibility.find((a: { id: string }) => a.id === ids.accessibility[0]),
      contact: full.contacts[0],
    };
    for (const [linkType, record] of Object.entries(nested)) {
      expect(record.attributes, linkType).toEqual([
        expect.objectContaining({
          link_id: linked[linkType as keyof typeof linked],
          value: linkType,
          taxonomy_term_id: term.termId,
        }),
      ]);
    }
    // A record without any keeps its shape (no empty list).
    expect(location.accessibility.find((a: { id: string }) => a.id === ids.accessibility[1])).not.toHaveProperty('attributes');
    const organization = await get(`/openreferral/organizations/${service.organizationId}`);
    expect(organization.attributes).toHaveLength(1);
    expect(organization.organization_identifiers[0].attributes).toHaveLength(1);
    const listed = (await get(`/openreferral/service_at_locations?organization_id=${service.organizationId}`)).contents[0];
    expect(listed.location.attributes).toHaveLength(1);
    expect(listed.location.addresses[0].attributes).toHaveLength(1);
    // The other tests read these records without attributes.
    await db()
      .delete(directoryAttributes)
      .where(anyUuid(directoryAttributes.linkId, Object.values(linked)));
  });

  it('publishes the service fields, with the publisher last_modified', async () => {
    const full = await get(`/openreferral/services/${service.id}`);
    expect(full).toMatchObject({
      accreditations: 'Quality mark',
      assurer_email: 'assurer@example.org',
      last_modified: '2024-06-01T08:30:15.250Z',
    });
    const summary = (await get(`/openreferral/services?organization_id=${service.organizationId}`)).contents[0];
    expect(summary).toMatchObject({ accreditations: 'Quality mark', assurer_email: 'assurer@example.org' });
    expect(summary.last_modified).toBe('2024-06-01T08:30:15.250Z');
    const minimal = (await get(`/openreferral/services?organization_id=${service.organizationId}&minimal=true`)).contents[0];
    expect(minimal.last_modified).toBe('2024-06-01T08:30:15.250Z');
  });

  it('filters modified_after by the published last_modified, on or after it', async () => {
    const after = (since: string) =>
      get(`/openreferral/services?organization_id=${service.organizationId}&modified_after=${encodeURIComponent(since)}`);
    expect((await after('2024-06-01T08:30:15.250Z')).total_items).toBe(1);
    expect((await after('2024-06-01T08:30:15.251Z')).total_items).toBe(0);
  });

  it('publishes Kith’s own change time once the publisher date is cleared by an edit', async () => {
    const updatedAt = new Date('2026-02-03T04:05:06.789Z');
    await db().update(directoryServices).set({ sourceLastModified: null, updatedAt }).where(eq(directoryServices.id, service.id));
    expect((await get(`/openreferral/services/${service.id}`)).last_modified).toBe(updatedAt.toISOString());
    await db().update(directoryServices).set({ sourceLastModified: published }).where(eq(directoryServices.id, service.id));
  });

  it('publishes schedule link and attending type, with the times exactly as stored', async () => {
    const full = await get(`/openreferral/services/${service.id}`);
    const schedules = [...full.schedules, ...full.service_at_locations[0].schedules];
    expect(schedules).toHaveLength(3);
    for (const schedule of schedules) {
      expect(schedule).toMatchObject({
        schedule_link: 'https://example.org/timetable',
        attending_type: 'In person or online',
        opens_at: '09:00:30',
      });
    }
    expect(full.schedules.map((schedule: { closes_at: string }) => schedule.closes_at).sort()).toEqual(['12:00', '15:30']);
  });

  it('publishes the service area words', async () => {
    const full = await get(`/openreferral/services/${service.id}`);
    expect(full.service_areas[0]).toMatchObject({ name: 'Leeds', service_area: 'All of Leeds' });
  });

  it('publishes the location external identifier and its accessibility records instead of the summary', async () => {
    const full = await get(`/openreferral/services/${service.id}`);
    const location = full.service_at_locations[0].location;
    expect(location).toMatchObject({ external_identifier: '10092008082', external_identifier_type: 'UPRN' });
    expect(location.accessibility).toEqual([
      expect.objectContaining({ id: ids.accessibility[0], location_id: service.locationId }),
      expect.objectContaining({ id: ids.accessibility[1], location_id: service.locationId }),
    ]);
    const loop = location.accessibility.find((a: { description?: string }) => a.description === 'Induction loop');
    expect(loop).toEqual({
      id: expect.any(String),
      location_id: service.locationId,
      description: 'Induction loop',
      details: 'Switch to T',
      url: 'https://example.org/access',
      accessibility: 'Hearing loop',
    });
    const ramp = location.accessibility.find((a: { description?: string }) => a.description === 'Ramp at the side door');
    expect(Object.keys(ramp).sort()).toEqual(['description', 'id', 'location_id']);
    const listed = (await get(`/openreferral/service_at_locations?organization_id=${service.organizationId}`)).contents[0];
    expect(listed.location.accessibility).toHaveLength(2);
    expect(listed.location.external_identifier).toBe('10092008082');
  });

  it('publishes the parent organisation and the organisation identifiers wherever the organisation appears', async () => {
    const identifier = {
      id: ids.identifier,
      organization_id: service.organizationId,
      identifier_scheme: 'GB-CHC',
      identifier_type: 'Charity number',
      identifier: '1234567',
    };
    const expected = { id: service.organizationId, parent_organization_id: parentId, organization_identifiers: [identifier] };
    expect((await get(`/openreferral/services/${service.id}`)).organization).toMatchObject(expected);
    expect(await get(`/openreferral/organizations/${service.organizationId}`)).toMatchObject(expected);
    const pages = await get(
      `/openreferral/organizations?search=${encodeURIComponent((await get(`/openreferral/organizations/${service.organizationId}`)).name)}`,
    );
    expect(pages.contents).toEqual([expect.objectContaining(expected)]);
    const parent = await get(`/openreferral/organizations/${parentId}`);
    expect(parent.organization_identifiers).toEqual([]);
    expect(parent).not.toHaveProperty('parent_organization_id');
  });

  it('publishes a taxonomy term’s taxonomy and term words', async () => {
    const expected = { id: term.termId, taxonomy: 'Kith needs', term: 'Loneliness' };
    expect(await get(`/openreferral/taxonomy_terms/${term.termId}`)).toMatchObject(expected);
    expect((await get(`/openreferral/taxonomy_terms?taxonomy_id=${term.taxonomyId}`)).contents).toEqual([
      expect.objectContaining(expected),
    ]);
    expect((await get(`/openreferral/services/${service.id}`)).attributes[0].taxonomy_term).toMatchObject(expected);
  });
});

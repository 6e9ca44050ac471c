import { describe, expect, it } from 'vitest';
import { FeedLocation, FeedService } from '../import/oruk-feed-schemas.ts';
import type { LocationDetails, ServiceDetails, StoredService } from './oruk-detail-loader.ts';
import { accessibilityId, toOrukAccessibility, toOrukLocation, toOrukSchedule } from './oruk-location-mapper.ts';
import { toOrukOrganization } from './oruk-organization-mapper.ts';
import { orukPage } from './oruk-query.ts';
import type {
  AccessibilityRow,
  ContactRow,
  LocationRow,
  OrganizationIdentifierRow,
  OrganizationRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceAtLocationRow,
  TaxonomyRow,
  TermRow,
} from './oruk-rows.ts';
import { toOrukServiceAtLocationDetail } from './oruk-service-at-location-mapper.ts';
import {
  lastModifiedOf,
  toOrukServiceArea,
  toOrukServiceFull,
  toOrukServiceMinimal,
  toOrukServiceSummary,
} from './oruk-service-mapper.ts';
import { toOrukTaxonomy, toOrukTaxonomyTerm } from './oruk-taxonomy-mapper.ts';

const ORG_ID = '0b0e2b1c-5b1a-4a4e-9a43-1c3f1f0f0a01';
const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
const at = new Date('2027-01-10T12:00:00Z');
const LOCATION_ID = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';
const noLocationDetails = (): LocationDetails => ({
  locations: new Map(),
  addresses: new Map(),
  schedules: new Map(),
  accessibility: new Map(),
  attributes: new Map(),
});

/**
 * The feed never republishes a web address that is not http(s), even if one were stored (the
 * API, the import and the database constraints all refuse them; this is the last line).
 */
describe('ORUK feed web addresses', () => {
  const hostile = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JAVASCRIPT:x'];

  it('leaves out an organisation website, logo or uri that is not http(s) (a URN uri is kept)', () => {
    for (const bad of hostile) {
      const row = {
        id: ORG_ID,
        name: 'Friends',
        description: '',
        email: null,
        website: bad,
        logo: bad,
        uri: bad,
      } as OrganizationRow;
      const out = toOrukOrganization(row) as Record<string, unknown>;
      expect(out).not.toHaveProperty('website');
      expect(out).not.toHaveProperty('logo');
      expect(out).not.toHaveProperty('uri');
    }
    const good = toOrukOrganization({
      id: ORG_ID,
      name: 'Friends',
      description: '',
      website: 'https://friends.example.org',
      uri: 'urn:kith:provider:1',
    } as OrganizationRow);
    expect(good).toMatchObject({ website: 'https://friends.example.org', uri: 'urn:kith:provider:1' });
  });

  it('leaves out a service, location, service area or taxonomy address that is not http(s)', () => {
    for (const bad of hostile) {
      const service = toOrukServiceSummary({
        id: SERVICE_ID,
        organizationId: ORG_ID,
        name: 'Walking group',
        description: '',
        url: bad,
        status: 'active',
        updatedAt: at,
        lastVerifiedAt: null,
      } as unknown as StoredService) as Record<string, unknown>;
      expect(service).not.toHaveProperty('url');
      const location = toOrukLocation(
        { id: SERVICE_ID, locationType: 'virtual', name: 'Online', url: bad } as LocationRow,
        noLocationDetails(),
      ) as Record<string, unknown>;
      expect(location).not.toHaveProperty('url');
      expect(toOrukServiceArea({ id: SERVICE_ID, serviceId: SERVICE_ID, uri: bad } as ServiceAreaRow)).not.toHaveProperty('uri');
      expect(toOrukSchedule({ id: SERVICE_ID, scheduleLink: bad } as ScheduleRow)).not.toHaveProperty('schedule_link');
      expect(toOrukAccessibility({ id: SERVICE_ID, locationId: SERVICE_ID, url: bad } as AccessibilityRow)).not.toHaveProperty(
        'url',
      );
      expect(toOrukTaxonomy({ id: SERVICE_ID, name: 'Needs', description: '', uri: bad } as TaxonomyRow)).not.toHaveProperty(
        'uri',
      );
    }
    const service = toOrukServiceSummary({
      id: SERVICE_ID,
      organizationId: ORG_ID,
      name: 'Walking group',
      description: '',
      url: 'https://walks.example.org',
      status: 'active',
      updatedAt: at,
      lastVerifiedAt: null,
    } as unknown as StoredService);
    expect(service).toMatchObject({ url: 'https://walks.example.org' });
  });

  it('refuses a feed record with a non-http(s) address, naming the path', () => {
    const result = FeedService.safeParse({
      id: SERVICE_ID,
      name: 'Walking group',
      status: 'active',
      url: 'javascript:alert(1)',
      organization: { id: ORG_ID, name: 'Friends', website: 'data:text/html,x', uri: 'vbscript:x' },
      service_at_locations: [{ location: { id: ORG_ID, name: 'Online', url: 'vbscript:msgbox(1)' } }],
      service_areas: [{ uri: 'javascript:x' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['url', 'organization.website', 'organization.uri', 'service_areas.0.uri']),
    );
    // A location is checked on its own (a bad one is skipped with a warning, not the service).
    const location = FeedLocation.safeParse({ id: ORG_ID, name: 'Online', url: 'vbscript:msgbox(1)' });
    expect(location.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['url']);
    const fine = FeedService.safeParse({
      id: SERVICE_ID,
      name: 'Walking group',
      status: 'active',
      url: 'https://walks.example.org',
      organization: { id: ORG_ID, name: 'Friends', uri: 'urn:kith:provider:1' },
    });
    expect(fine.success).toBe(true);
  });
});

describe('ORUK page header', () => {
  it('gives as size the number of items in the page, not the page size asked for', () => {
    expect(orukPage(['a', 'b', 'c', 'd'], 54, 2, 50)).toMatchObject({ total_pages: 2, size: 4, last_page: true });
    expect(orukPage(['a', 'b'], 5, 1, 2)).toMatchObject({ total_pages: 3, size: 2, last_page: false });
    expect(orukPage([], 5, 4, 2)).toMatchObject({ size: 0, empty: true, last_page: true });
  });
});

describe('ORUK UK-profile fields', () => {
  const service = {
    id: SERVICE_ID,
    organizationId: ORG_ID,
    name: 'Walking group',
    description: '',
    status: 'active',
    accreditations: 'Quality mark',
    assurerEmail: 'assurer@example.org',
    sourceLastModified: null,
    updatedAt: at,
    lastVerifiedAt: null,
  } as unknown as StoredService;

  it('says last_modified is the publisher date when kept, else the row change', () => {
    const published = new Date('2024-06-01T08:30:15.250Z');
    expect(lastModifiedOf(service)).toBe('2027-01-10T12:00:00.000Z');
    expect(lastModifiedOf({ ...service, sourceLastModified: published })).toBe('2024-06-01T08:30:15.250Z');
    expect(toOrukServiceMinimal({ ...service, sourceLastModified: published }).last_modified).toBe('2024-06-01T08:30:15.250Z');
    expect(toOrukServiceSummary(service)).toMatchObject({ accreditations: 'Quality mark', assurer_email: 'assurer@example.org' });
  });

  it('publishes schedule times exactly as stored, with link and attending type', () => {
    const schedule = toOrukSchedule({
      id: SERVICE_ID,
      opensAt: '09:00:30',
      closesAt: '17:00',
      scheduleLink: 'https://example.org/times',
      attendingType: 'In person',
    } as ScheduleRow);
    expect(schedule).toMatchObject({
      opens_at: '09:00:30',
      closes_at: '17:00',
      schedule_link: 'https://example.org/times',
      attending_type: 'In person',
    });
  });

  it('publishes a location’s accessibility records, or its summary as one record when it has none', () => {
    const row = {
      id: LOCATION_ID,
      locationType: 'physical',
      accessibility: 'Step-free',
      externalIdentifier: '10092008082',
      externalIdentifierType: 'UPRN',
    } as LocationRow;
    const summaryOnly = toOrukLocation(row, noLocationDetails());
    expect(summaryOnly).toMatchObject({ external_identifier: '10092008082', external_identifier_type: 'UPRN' });
    expect(summaryOnly.accessibility).toEqual([
      { id: accessibilityId(LOCATION_ID), location_id: LOCATION_ID, description: 'Step-free' },
    ]);
    const record = {
      id: SERVICE_ID,
      locationId: LOCATION_ID,
      description: 'Loop',
      details: 'Switch to T',
      url: 'https://example.org/a',
      accessibility: 'Hearing loop',
    } as AccessibilityRow;
    const details = { ...noLocationDetails(), accessibility: new Map([[LOCATION_ID, [record]]]) };
    expect(toOrukLocation(row, details).accessibility).toEqual([
      {
        id: SERVICE_ID,
        location_id: LOCATION_ID,
        description: 'Loop',
        details: 'Switch to T',
        url: 'https://example.org/a',
        accessibility: 'Hearing loop',
      },
    ]);
    expect(toOrukLocation({ ...row, accessibility: null }, noLocationDetails()).accessibility).toEqual([]);
  });

  it('publishes the parent organisation and the organisation identifiers', () => {
    const identifier = {
      id: SERVICE_ID,
      organizationId: ORG_ID,
      identifierScheme: null,
      identifierType: 'Company number',
      identifier: '01234567',
    } as OrganizationIdentifierRow;
    const organization = toOrukOrganization(
      { id: ORG_ID, name: 'Friends', description: '', parentOrganizationId: LOCATION_ID } as OrganizationRow,
      { identifiers: [identifier] },
    );
    expect(organization).toMatchObject({
      parent_organization_id: LOCATION_ID,
      organization_identifiers: [
        { id: SERVICE_ID, organization_id: ORG_ID, identifier_type: 'Company number', identifier: '01234567' },
      ],
    });
    expect(organization.organization_identifiers[0]).not.toHaveProperty('identifier_scheme');
  });

  it('publishes a term’s taxonomy and term words when stored', () => {
    const term = { id: SERVICE_ID, name: 'Loneliness', description: '', taxonomy: 'Needs', term: 'loneliness' } as TermRow;
    expect(toOrukTaxonomyTerm(term)).toMatchObject({ taxonomy: 'Needs', term: 'loneliness' });
    expect(toOrukTaxonomyTerm({ ...term, taxonomy: null, term: null })).not.toHaveProperty('term');
  });

  it('gives /service_at_locations/{id} the service schema’s required name and status at the top level', () => {
    const sal = { id: LOCATION_ID, serviceId: SERVICE_ID, locationId: ORG_ID, description: null } as ServiceAtLocationRow;
    const details = {
      serviceAtLocations: new Map([[SERVICE_ID, [sal]]]),
      locations: noLocationDetails(),
      schedules: new Map(),
      phones: new Map(),
      contacts: new Map(),
    } as unknown as ServiceDetails;
    const out = toOrukServiceAtLocationDetail(sal, service, details);
    expect(out).toMatchObject({
      id: LOCATION_ID,
      service_id: SERVICE_ID,
      location_id: ORG_ID,
      name: 'Walking group',
      status: 'active',
      service: { id: SERVICE_ID, name: 'Walking group', status: 'active' },
    });
  });

  it('lists every schedule and contact in service.schedules/contacts, naming the place each belongs to', () => {
    const sal = { id: LOCATION_ID, serviceId: SERVICE_ID, locationId: ORG_ID, description: null } as ServiceAtLocationRow;
    const schedule = (id: string, fields: Partial<ScheduleRow>) =>
      ({ id, serviceId: SERVICE_ID, byday: 'MO', ...fields }) as ScheduleRow;
    const general = schedule('00000000-0000-4000-8000-000000000001', {});
    const ofPlace = schedule('00000000-0000-4000-8000-000000000002', { serviceAtLocationId: LOCATION_ID });
    const atLocation = schedule('00000000-0000-4000-8000-000000000003', { locationId: ORG_ID });
    const contact = { id: SERVICE_ID, serviceId: SERVICE_ID, serviceAtLocationId: LOCATION_ID, name: 'Reception' } as ContactRow;
    const details = {
      organizations: new Map(),
      organizationIdentifiers: new Map(),
      serviceAtLocations: new Map([[SERVICE_ID, [sal]]]),
      locations: noLocationDetails(),
      schedules: new Map([[SERVICE_ID, [general, ofPlace, atLocation]]]),
      contacts: new Map([[SERVICE_ID, [contact]]]),
      phones: new Map(),
      contactPhones: new Map(),
      costOptions: new Map(),
      languages: new Map(),
      serviceAreas: new Map(),
      fundings: new Map(),
      attributes: new Map(),
    } as ServiceDetails;
    const full = toOrukServiceFull(service, details);
    expect(full.schedules.map((s) => [s.id, (s as { service_at_location_id?: string }).service_at_location_id])).toEqual([
      [general.id, undefined],
      [ofPlace.id, LOCATION_ID],
      [atLocation.id, LOCATION_ID],
    ]);
    expect(full.contacts).toEqual([expect.objectContaining({ id: SERVICE_ID, service_at_location_id: LOCATION_ID })]);
    expect(full.service_at_locations[0]?.schedules?.map((s) => s.id)).toEqual([ofPlace.id, atLocation.id]);
  });
});

import { describe, expect, it } from 'vitest';
import { FeedService } from '../import/oruk-feed-schemas.ts';
import type { StoredService } from './oruk-detail-loader.ts';
import { toOrukLocation } from './oruk-location-mapper.ts';
import { toOrukOrganization } from './oruk-organization-mapper.ts';
import { orukPage } from './oruk-query.ts';
import type { LocationRow, OrganizationRow, ServiceAreaRow, TaxonomyRow } from './oruk-rows.ts';
import { toOrukServiceArea, toOrukServiceSummary } from './oruk-service-mapper.ts';
import { toOrukTaxonomy } from './oruk-taxonomy-mapper.ts';

const ORG_ID = '0b0e2b1c-5b1a-4a4e-9a43-1c3f1f0f0a01';
const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
const at = new Date('2027-01-10T12:00:00Z');

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
      const location = toOrukLocation({ id: SERVICE_ID, locationType: 'virtual', name: 'Online', url: bad } as LocationRow, {
        locations: new Map(),
        addresses: new Map(),
        schedules: new Map(),
      }) as Record<string, unknown>;
      expect(location).not.toHaveProperty('url');
      expect(toOrukServiceArea({ id: SERVICE_ID, serviceId: SERVICE_ID, uri: bad } as ServiceAreaRow)).not.toHaveProperty('uri');
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
      expect.arrayContaining([
        'url',
        'organization.website',
        'organization.uri',
        'service_at_locations.0.location.url',
        'service_areas.0.uri',
      ]),
    );
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

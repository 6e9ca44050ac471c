import { ORUK_SERVICE_STATUSES } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import {
  createOrukTestService,
  createTestPostcode,
  createTestTaxonomyTerm,
  nullPaths,
  type TestService,
  uniqueWord,
} from '../oruk-test-data.ts';

const PAGE_KEYS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

describe('Open Referral UK 3.0 feed (/openreferral)', () => {
  let app: KithApp;
  let term: { taxonomyId: string; termId: string };
  let full: TestService;
  let archived: TestService;
  const db = () => app.kith.database.db;
  const get = (url: string) => app.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await buildTestApp();
    term = await createTestTaxonomyTerm(db());
    full = await createOrukTestService(db(), { termId: term.termId, latitude: 53.8, longitude: -1.55 });
    await createOrukTestService(db(), { organizationId: full.organizationId, termId: term.termId, bare: true });
    archived = await createOrukTestService(db(), { organizationId: full.organizationId, termId: term.termId, archived: true });
  });
  afterAll(() => app.close());

  it('answers every endpoint, found or not, with the CORS header and no null anywhere', async () => {
    const urls = [
      '/openreferral',
      '/openreferral/',
      '/openreferral/services',
      '/openreferral/services?full=true&per_page=5',
      '/openreferral/services?minimal=true',
      `/openreferral/services/${full.id}`,
      `/openreferral/services/${crypto.randomUUID()}`,
      '/openreferral/services/not-a-uuid',
      '/openreferral/services?per_page=501',
      '/openreferral/taxonomies',
      `/openreferral/taxonomies/${term.taxonomyId}`,
      `/openreferral/taxonomies/${crypto.randomUUID()}`,
      `/openreferral/taxonomy_terms?taxonomy_id=${term.taxonomyId}`,
      `/openreferral/taxonomy_terms/${term.termId}`,
      `/openreferral/taxonomy_terms/${crypto.randomUUID()}`,
      '/openreferral/organizations',
      `/openreferral/organizations/${full.organizationId}`,
      `/openreferral/organizations/${crypto.randomUUID()}`,
      '/openreferral/service_at_locations',
      `/openreferral/service_at_locations/${full.serviceAtLocationId}`,
      `/openreferral/service_at_locations/${crypto.randomUUID()}`,
      '/openreferral/service_at_locations?postcode=ZZ99%209ZZ',
      '/openreferral/no_such_resource',
    ];
    for (const url of urls) {
      const response = await get(url);
      expect(response.headers['access-control-allow-origin'], url).toBe('*');
      expect(response.headers['content-type'], url).toMatch(/application\/json/);
      expect(nullPaths(response.json()), url).toEqual([]);
    }
  });

  it('answers a CORS preflight without a session', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/openreferral/services',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toContain('GET');
  });

  it('says which version of the standard it serves', async () => {
    const response = await get('/openreferral/');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ version: 'HSDS-UK-3.0', profile: 'https://openreferraluk.org' });
    expect(response.json().openapi_url).toMatch(/^https?:\/\/.+openapi\.json$/);
  });

  it('pages services in the ORUK shape and never publishes an archived one', async () => {
    const response = await get(`/openreferral/services?taxonomy_term_id=${term.termId}&per_page=1&page=2`);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(Object.keys(page).sort()).toEqual([...PAGE_KEYS].sort());
    expect(page).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
    });
    const both = (await get(`/openreferral/services?taxonomy_term_id=${term.termId}`)).json();
    const ids = both.contents.map((s: { id: string }) => s.id);
    expect(ids).toContain(full.id);
    expect(ids).not.toContain(archived.id);
    for (const service of both.contents) {
      expect(service.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof service.name).toBe('string');
      expect(ORUK_SERVICE_STATUSES).toContain(service.status);
      expect(service.organization_id).toBe(full.organizationId);
    }
    expect((await get(`/openreferral/services/${archived.id}`)).statusCode).toBe(404);
  });

  it('gives as size the number of items in each page, a short last page included', async () => {
    const three = await createTestTaxonomyTerm(db());
    for (let i = 0; i < 3; i++) await createOrukTestService(db(), { termId: three.termId, bare: true });
    for (const list of ['services', 'service_at_locations']) {
      const url = (page: number) => `/openreferral/${list}?taxonomy_term_id=${three.termId}&per_page=2&page=${page}`;
      expect((await get(url(1))).json(), list).toMatchObject({ total_items: 3, total_pages: 2, size: 2, last_page: false });
      const last = (await get(url(2))).json();
      expect(last, list).toMatchObject({ total_items: 3, total_pages: 2, page_number: 2, size: 1, last_page: true });
      expect(last.contents, list).toHaveLength(1);
      expect((await get(url(3))).json(), list).toMatchObject({ size: 0, empty: true, contents: [] });
    }
    const wide = (await get(`/openreferral/services?taxonomy_term_id=${three.termId}&per_page=50`)).json();
    expect(wide).toMatchObject({ total_pages: 1, size: 3, first_page: true, last_page: true });
  });

  it('filters services by words, organisation and modification time', async () => {
    const bySearch = (await get(`/openreferral/services?search=${encodeURIComponent(full.name)}`)).json();
    expect(bySearch.contents.map((s: { id: string }) => s.id)).toEqual([full.id]);
    const byOrg = (await get(`/openreferral/services?organization_id=${full.organizationId}`)).json();
    expect(byOrg.total_items).toBe(2);
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = (await get(`/openreferral/services?organization_id=${full.organizationId}&modified_after=${future}`)).json();
    expect(none).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });

  it('nests every detail of a service', async () => {
    const response = await get(`/openreferral/services/${full.id}`);
    expect(response.statusCode).toBe(200);
    const service = response.json();
    expect(service).toMatchObject({
      id: full.id,
      organization_id: full.organizationId,
      status: 'active',
      email: 'hello@example.org',
      minimum_age: 18,
      assured_date: '2025-01-15',
      organization: { id: full.organizationId, website: 'https://example.org' },
    });
    expect(service.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(service).not.toHaveProperty('capacity_status');
    expect(service).not.toHaveProperty('maximum_age');
    const [sal] = service.service_at_locations;
    expect(sal).toMatchObject({ id: full.serviceAtLocationId, location_id: full.locationId });
    expect(sal.location).toMatchObject({ id: full.locationId, location_type: 'physical', latitude: 53.8 });
    expect(sal.location.addresses[0]).toMatchObject({ address_1: '1 High Street', postal_code: 'LS1 4AP', country: 'GB' });
    expect(sal.location.accessibility[0].description).toBe('Step-free access');
    expect(sal.schedules).toEqual([expect.objectContaining({ byday: 'FR', opens_at: '13:00' })]);
    // The UK profile's place for every schedule is service.schedules; a place's own names it.
    expect(service.schedules).toHaveLength(2);
    const general = service.schedules.find((s: { byday: string }) => s.byday === 'MO,WE');
    expect(general).toMatchObject({ freq: 'WEEKLY' });
    expect(general).not.toHaveProperty('service_at_location_id');
    expect(service.schedules.find((s: { byday: string }) => s.byday === 'FR')).toMatchObject({
      service_at_location_id: full.serviceAtLocationId,
    });
    expect(service.contacts[0]).toMatchObject({ name: 'Sam Helper', phones: [{ number: '0113 496 0001' }] });
    expect(service.phones.map((p: { number: string }) => p.number)).toEqual(['0113 496 0000']);
    expect(service.cost_options[0]).toMatchObject({ amount: 2.5, currency: 'GBP' });
    expect(service.languages[0]).toMatchObject({ name: 'Welsh', code: 'cy' });
    expect(service.service_areas[0]).toMatchObject({ name: 'Leeds' });
    expect(service.funding[0]).toMatchObject({ source: 'Lottery' });
    expect(service.attributes[0]).toMatchObject({
      taxonomy_term_id: term.termId,
      taxonomy_term: { id: term.termId, taxonomy_id: term.taxonomyId, taxonomy_detail: { id: term.taxonomyId } },
    });
    const listed = (await get(`/openreferral/services?organization_id=${full.organizationId}&full=true`)).json();
    expect(listed.contents.find((s: { id: string }) => s.id === full.id)).toEqual(service);
  });

  it('lists services at locations nearest a postcode first, within the proximity', async () => {
    const near = await createTestTaxonomyTerm(db());
    const latitude = 50 + Math.random() * 5;
    const longitude = -4 + Math.random() * 4;
    const postcode = await createTestPostcode(db(), latitude, longitude);
    const far = await createOrukTestService(db(), { termId: near.termId, latitude: latitude + 0.02, longitude, bare: true });
    const closest = await createOrukTestService(db(), { termId: near.termId, latitude: latitude + 0.001, longitude, bare: true });
    const middle = await createOrukTestService(db(), { termId: near.termId, latitude: latitude - 0.01, longitude, bare: true });
    await createOrukTestService(db(), { termId: near.termId, latitude: latitude + 0.5, longitude, bare: true });
    const url = `/openreferral/service_at_locations?postcode=${encodeURIComponent(postcode)}&proximity=5000&taxonomy_term_id=${near.termId}`;
    const page = (await get(url)).json();
    expect(page.total_items).toBe(3);
    expect(page.contents.map((c: { service_id: string }) => c.service_id)).toEqual([closest.id, middle.id, far.id]);
    expect(page.contents[0].location.id).toBe(closest.locationId);
    expect(page.contents[0].service.id).toBe(closest.id);
  });

  it('answers /service_at_locations/{id} as a service-at-location that also carries what the service schema requires', async () => {
    const response = await get(`/openreferral/service_at_locations/${full.serviceAtLocationId}`);
    expect(response.statusCode).toBe(200);
    const sal = response.json();
    // The service-at-location shape…
    expect(sal).toMatchObject({
      id: full.serviceAtLocationId,
      service_id: full.id,
      location_id: full.locationId,
      location: { id: full.locationId, location_type: 'physical' },
      service: { id: full.id, name: full.name, status: 'active', organization_id: full.organizationId },
    });
    expect(sal.schedules).toEqual([expect.objectContaining({ byday: 'FR', opens_at: '13:00' })]);
    // …and the service schema's required id, name and status (what the official validator checks).
    expect(typeof sal.id).toBe('string');
    expect(sal.name).toBe(full.name);
    expect(ORUK_SERVICE_STATUSES).toContain(sal.status);
    expect(sal.status).toBe('active');
    const archivedSal = await get(`/openreferral/service_at_locations/${archived.serviceAtLocationId}`);
    expect(archivedSal.statusCode).toBe(404);
  });

  it('refuses an unknown or malformed postcode naming it', async () => {
    const unknown = await get(
      `/openreferral/service_at_locations?postcode=${encodeURIComponent(`${uniqueWord('').slice(0, 0)}QQ9 9QQ`)}`,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].path).toBe('postcode');
    const malformed = await get('/openreferral/service_at_locations?postcode=nowhere');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues[0].path).toBe('postcode');
  });

  it('publishes taxonomies, terms and organisations with their services', async () => {
    const terms = (await get(`/openreferral/taxonomy_terms?taxonomy_id=${term.taxonomyId}`)).json();
    expect(terms.contents.map((t: { id: string }) => t.id)).toEqual([term.termId]);
    const organization = (await get(`/openreferral/organizations/${full.organizationId}`)).json();
    expect(organization.services.map((s: { id: string }) => s.id).sort()).not.toContain(archived.id);
    expect(organization.services).toHaveLength(2);
    const needs = (await get('/openreferral/taxonomies/5e3d0000-0000-4000-8000-000000000000')).json();
    expect(needs.name).toBe('Kith social prescribing needs');
  });
});

import type { ServiceDetail, ServiceSearchPage } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { directoryPhones } from '../../db/schema/index.ts';
import { createTestDirectoryService, createTestPostcode, randomWord } from './directory-test-data.ts';

/**
 * How to reach a service at once: search results and the curation list carry its first phone,
 * an email and the coordinates the map places it by; the service page carries the same phone.
 */
describe('phone, email and map position of services', () => {
  let app: KithApp;
  let worker: SignedIn;
  let admin: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  const get = async <T>(url: string, session: SignedIn, query: Record<string, string> = {}): Promise<T> => {
    const response = await app.inject({ url, query, headers: { cookie: session.cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it("search results carry the service's phone and email, else a contact's, and the location's coordinates", async () => {
    const word = randomWord();
    const centre = { latitude: 52 + Math.random(), longitude: -2 + Math.random() };
    const postcode = await createTestPostcode(db(), centre.latitude, centre.longitude);
    const own = await createTestDirectoryService(db(), {
      name: `${word} pantry`,
      email: 'pantry@example.org',
      contacts: [{ name: 'Jo', email: 'jo@example.org', phone: '0161 496 0001' }],
      locations: [{ name: 'Hall', latitude: centre.latitude, longitude: centre.longitude }],
    });
    // An imported phone on the service itself comes before the contacts' phones.
    await db().insert(directoryPhones).values({ serviceId: own.id, number: '0161 496 0000' });
    const viaContact = await createTestDirectoryService(db(), {
      name: `${word} garden`,
      contacts: [{ name: 'Sam' }, { name: 'Kim', email: 'kim@example.org', phone: '0161 496 0002' }],
      locations: [{ name: 'Plot', latitude: centre.latitude + 0.01, longitude: centre.longitude }],
    });
    const unreachable = await createTestDirectoryService(db(), { name: `${word} club`, locations: [] });

    const page = await get<ServiceSearchPage>('/api/directory/services', worker, { q: word });
    const byId = new Map(page.items.map((s) => [s.id, s]));
    expect(byId.get(own.id)).toMatchObject({
      phone: '0161 496 0000',
      email: 'pantry@example.org',
      nearestLocation: { name: 'Hall', latitude: centre.latitude, longitude: centre.longitude },
    });
    expect(byId.get(viaContact.id)).toMatchObject({ phone: '0161 496 0002', email: 'kim@example.org' });
    expect(byId.get(unreachable.id)).toMatchObject({ phone: null, email: null, nearestLocation: null });

    // By distance, the nearest location's coordinates come with it.
    const near = await get<ServiceSearchPage>('/api/directory/services', worker, { q: word, postcode, radiusKm: '5' });
    expect(near.items.find((s) => s.id === viaContact.id)?.nearestLocation).toMatchObject({
      name: 'Plot',
      latitude: centre.latitude + 0.01,
      longitude: centre.longitude,
    });

    const managed = await get<ServiceSearchPage>('/api/directory/manage/services', admin, { q: word });
    expect(managed.items.find((s) => s.id === own.id)).toMatchObject({ phone: '0161 496 0000', email: 'pantry@example.org' });
  });

  it("the service page's phone is the one search shows; the email stays the service's own", async () => {
    const service = await createTestDirectoryService(db(), {
      contacts: [{ name: 'Jo', email: 'jo@example.org', phone: '0161 496 0003' }],
      locations: [{ name: 'Hall', latitude: 53.4, longitude: -2.2 }],
    });
    const detail = await get<ServiceDetail>(`/api/directory/services/${service.id}`, worker);
    expect(detail).toMatchObject({
      phone: '0161 496 0003',
      email: null,
      nearestLocation: { name: 'Hall', latitude: 53.4, longitude: -2.2 },
      contacts: [{ name: 'Jo', email: 'jo@example.org', phone: '0161 496 0003' }],
    });
  });
});

describe('GET /api/directory/map-settings', () => {
  it('gives the configured tile source to anyone who may search, and null when none is set', async () => {
    const configured = await buildTestApp({
      KITH_MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
      KITH_MAP_ATTRIBUTION: '© Example maps',
    });
    try {
      const db = configured.kith.database.db;
      const tenant = await createTestTenant(db);
      const worker = await signIn(configured, await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }]));
      const response = await configured.inject({ url: '/api/directory/map-settings', headers: { cookie: worker.cookie } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({
        tiles: { urlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example maps' },
      });
      expect((await configured.inject({ url: '/api/directory/map-settings' })).statusCode).toBe(401);
    } finally {
      await configured.close();
    }

    const plain = await buildTestApp();
    try {
      const db = plain.kith.database.db;
      const tenant = await createTestTenant(db);
      const worker = await signIn(plain, await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }]));
      const response = await plain.inject({ url: '/api/directory/map-settings', headers: { cookie: worker.cookie } });
      expect(response.json()).toEqual({ tiles: null });
    } finally {
      await plain.close();
    }
  });
});

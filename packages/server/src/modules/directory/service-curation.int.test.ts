import type { ServiceDetail } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, directoryServices } from '../../db/schema/index.ts';
import {
  createTestDirectoryOrganisation,
  createTestDirectoryService,
  createTestPostcode,
  createTestTerm,
  randomPostcode,
  randomWord,
} from './directory-test-data.ts';

describe('directory service curation', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  let provider: SignedIn;
  let worker: SignedIn;
  /** A directory organisation run by the tenant's VCSE organisation (the provider's own). */
  let ownOrganisation: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }], { displayName: 'Ada Admin' }),
    );
    provider = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }], { displayName: 'Pat Provider' }),
    );
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    ownOrganisation = await createTestDirectoryOrganisation(db(), { kithOrganisationId: tenant.vcse });
  });
  afterAll(() => app.close());

  const serviceInput = (overrides: Record<string, unknown> = {}) => ({
    organisationId: ownOrganisation,
    name: `Men's shed ${randomWord(6)}`,
    description: 'Woodwork and company',
    ...overrides,
  });
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, session: SignedIn, payload: object = {}) =>
    app.inject({ method, url, headers: session.writeHeaders, payload });
  const get = (url: string, session: SignedIn) => app.inject({ url, headers: { cookie: session.cookie } });
  const anotherProvidersService = async () => {
    const otherVcse = await createTestOrg(db(), { kind: 'vcse', parentId: tenant.icb });
    return createTestDirectoryService(db(), { kithOrganisationId: otherVcse });
  };

  it('an admin creates a service with all its details; locations without coordinates take the postcode centroid', async () => {
    const postcode = await createTestPostcode(db(), 53.8, -1.55);
    const need = await createTestTerm(db());
    const response = await send(
      'POST',
      '/api/directory/services',
      admin,
      serviceInput({
        termIds: [need],
        referralRoute: 'kith_referral',
        languages: ['English', 'Urdu'],
        serviceAreas: ['Leeds'],
        locations: [
          {
            name: 'Shed',
            address1: '1 Mill Lane',
            city: 'Leeds',
            postcode: postcode.replace(' ', '').toLowerCase(),
            schedules: [{ byday: ['MO', 'TH'], opensAt: '10:00', closesAt: '15:30' }],
          },
          { name: 'Online', locationType: 'virtual' },
        ],
        contacts: [{ name: 'Sam', email: 'sam@example.org', phone: '0113 496 0000' }],
        costOptions: [{ option: 'Tea', amount: 1.5 }],
      }),
    );

    expect(response.statusCode, response.body).toBe(201);
    const service: ServiceDetail = response.json();
    expect(service).toMatchObject({
      organisationId: ownOrganisation,
      referralRoute: 'kith_referral',
      lastVerifiedBy: 'Ada Admin',
      stale: false,
      free: false,
      canEdit: true,
      languages: ['English', 'Urdu'],
      serviceAreas: ['Leeds'],
      terms: [{ id: need }],
      contacts: [{ name: 'Sam', email: 'sam@example.org', phone: '0113 496 0000' }],
      costOptions: [{ option: 'Tea', amount: 1.5 }],
    });
    const shed = service.locations.find((l) => l.name === 'Shed');
    expect(shed).toMatchObject({ postcode, address1: '1 Mill Lane', city: 'Leeds', latitude: 53.8, longitude: -1.55 });
    expect(shed?.schedules).toMatchObject([{ byday: ['MO', 'TH'], opensAt: '10:00', closesAt: '15:30', freq: 'WEEKLY' }]);
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, service.id), eq(auditEvents.recordType, 'directory_service')));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('an unknown location postcode is a 400 naming locations.N.postcode', async () => {
    const response = await send(
      'POST',
      '/api/directory/services',
      admin,
      serviceInput({
        locations: [
          { name: 'Hall', latitude: 52, longitude: -1 },
          { name: 'Annex', postcode: randomPostcode() },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toMatchObject([{ path: 'locations.1.postcode' }]);
  });

  it('a provider creates and edits services of their own organisation only; others are refused', async () => {
    const created = await send('POST', '/api/directory/services', provider, serviceInput());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().lastVerifiedBy).toBe('Pat Provider');

    const elsewhere = await createTestDirectoryOrganisation(db(), { kithOrganisationId: null });
    const misplaced = await send('POST', '/api/directory/services', provider, serviceInput({ organisationId: elsewhere }));
    expect(misplaced.statusCode).toBe(400);
    expect(misplaced.json().issues).toMatchObject([{ path: 'organisationId' }]);

    const other = await anotherProvidersService();
    const input = serviceInput({ organisationId: other.organisationId });
    expect((await send('PUT', `/api/directory/services/${other.id}`, provider, input)).statusCode).toBe(404);
    expect(
      (await send('PATCH', `/api/directory/services/${other.id}/capacity`, provider, { capacityStatus: 'closed' })).statusCode,
    ).toBe(404);
    expect((await send('POST', `/api/directory/services/${other.id}/archive`, provider)).statusCode).toBe(404);
    expect((await send('POST', `/api/directory/services/${other.id}/verify`, provider)).statusCode).toBe(404);
    const [unchanged] = await db().select().from(directoryServices).where(eq(directoryServices.id, other.id));
    expect(unchanged?.capacityStatus).toBe('open');

    expect((await send('POST', '/api/directory/services', worker, serviceInput())).statusCode).toBe(403);
    expect((await send('POST', `/api/directory/services/${created.json().id}/verify`, worker)).statusCode).toBe(403);
  });

  it('everyone can read a service; canEdit says whether they curate it', async () => {
    const own = await createTestDirectoryService(db(), { organisationId: ownOrganisation });
    const other = await anotherProvidersService();
    expect((await get(`/api/directory/services/${own.id}`, provider)).json().canEdit).toBe(true);
    expect((await get(`/api/directory/services/${other.id}`, provider)).json().canEdit).toBe(false);
    expect((await get(`/api/directory/services/${own.id}`, worker)).json().canEdit).toBe(false);
    expect((await get(`/api/directory/services/${other.id}`, admin)).json().canEdit).toBe(true);
    expect((await get(`/api/directory/services/${crypto.randomUUID()}`, worker)).statusCode).toBe(404);
  });

  it('an edit replaces every detail, keeping the locations it names by id', async () => {
    const first = await send(
      'POST',
      '/api/directory/services',
      provider,
      serviceInput({
        locations: [
          { name: 'Kept', latitude: 52.1, longitude: -1.1 },
          { name: 'Dropped', latitude: 52.2, longitude: -1.2 },
        ],
        contacts: [{ name: 'Old contact', phone: '0113 496 0001' }],
        languages: ['English'],
        costOptions: [{ amount: 3 }],
      }),
    );
    const before: ServiceDetail = first.json();
    const kept = before.locations.find((l) => l.name === 'Kept');
    const term = await createTestTerm(db());

    const response = await send(
      'PUT',
      `/api/directory/services/${before.id}`,
      provider,
      serviceInput({
        name: 'Renamed shed',
        capacityStatus: 'waiting_list',
        termIds: [term],
        locations: [
          { id: kept?.id, name: 'Kept (moved)', latitude: 52.3, longitude: -1.3 },
          { name: 'New', latitude: 52.4, longitude: -1.4 },
        ],
        contacts: [{ name: 'New contact' }],
      }),
    );

    expect(response.statusCode, response.body).toBe(200);
    const after: ServiceDetail = response.json();
    expect(after).toMatchObject({
      name: 'Renamed shed',
      capacityStatus: 'waiting_list',
      languages: [],
      costOptions: [],
      free: true,
    });
    expect(after.terms.map((t) => t.id)).toEqual([term]);
    expect(after.contacts).toMatchObject([{ name: 'New contact', phone: null }]);
    expect(after.locations.map((l) => [l.name, l.latitude]).sort()).toEqual([
      ['Kept (moved)', 52.3],
      ['New', 52.4],
    ]);
    expect(after.locations.find((l) => l.name === 'Kept (moved)')?.id).toBe(kept?.id);

    const foreign = await send(
      'PUT',
      `/api/directory/services/${before.id}`,
      provider,
      serviceInput({ locations: [{ id: crypto.randomUUID(), name: 'Not mine' }] }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues).toMatchObject([{ path: 'locations.0.id' }]);
  });

  it('the one-click capacity update changes capacity and wait and counts as verifying', async () => {
    const service = await createTestDirectoryService(db(), {
      organisationId: ownOrganisation,
      typicalWaitDays: 5,
      lastVerifiedAt: null,
    });
    const response = await send('PATCH', `/api/directory/services/${service.id}/capacity`, provider, {
      capacityStatus: 'limited',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      capacityStatus: 'limited',
      typicalWaitDays: 5,
      stale: false,
      lastVerifiedBy: 'Pat Provider',
    });

    const cleared = await send('PATCH', `/api/directory/services/${service.id}/capacity`, provider, {
      capacityStatus: 'waiting_list',
      typicalWaitDays: null,
    });
    expect(cleared.json()).toMatchObject({ capacityStatus: 'waiting_list', typicalWaitDays: null });
  });

  it('verifying marks a stale service verified now, by the caller', async () => {
    const service = await createTestDirectoryService(db(), {
      organisationId: ownOrganisation,
      lastVerifiedAt: new Date('2020-01-01'),
    });
    expect((await get(`/api/directory/services/${service.id}`, admin)).json().stale).toBe(true);
    const response = await send('POST', `/api/directory/services/${service.id}/verify`, admin);
    expect(response.statusCode).toBe(200);
    const body: ServiceDetail = response.json();
    expect(body).toMatchObject({ stale: false, lastVerifiedBy: 'Ada Admin' });
    expect(Date.now() - Date.parse(body.lastVerifiedAt ?? '')).toBeLessThan(60_000);
  });

  it('archiving hides a service from search until it is restored; archiving twice is a 409', async () => {
    const word = randomWord();
    const service = await createTestDirectoryService(db(), { organisationId: ownOrganisation, name: `Knit and natter ${word}` });
    const searchIds = async () =>
      (await get(`/api/directory/services?q=${word}`, worker)).json().items.map((s: { id: string }) => s.id);
    expect(await searchIds()).toEqual([service.id]);

    expect((await send('POST', `/api/directory/services/${service.id}/archive`, provider)).json().archived).toBe(true);
    expect(await searchIds()).toEqual([]);
    const again = await send('POST', `/api/directory/services/${service.id}/archive`, provider);
    expect(again.statusCode).toBe(409);
    expect(again.json().allowed).toEqual(['restore']);

    expect((await send('POST', `/api/directory/services/${service.id}/restore`, provider)).json().archived).toBe(false);
    expect(await searchIds()).toEqual([service.id]);
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.recordId, service.id));
    expect(audit.filter((a) => a.action === 'state_change')).toHaveLength(2);
  });

  it('the curation list shows providers their own services and admins everything, archived on request', async () => {
    const word = randomWord();
    const own = await createTestDirectoryService(db(), { organisationId: ownOrganisation, name: `Curation ${word} own` });
    const archived = await createTestDirectoryService(db(), {
      organisationId: ownOrganisation,
      name: `Curation ${word} old`,
      archived: true,
    });
    const other = await anotherProvidersService();
    await send(
      'PUT',
      `/api/directory/services/${other.id}`,
      admin,
      serviceInput({ organisationId: other.organisationId, name: `Curation ${word} other` }),
    );
    const list = async (session: SignedIn, query: string) =>
      (await get(`/api/directory/manage/services?q=${word}${query}`, session)).json().items.map((s: { id: string }) => s.id);

    expect(await list(provider, '')).toEqual([own.id]);
    expect((await list(provider, '&includeArchived=true')).sort()).toEqual([own.id, archived.id].sort());
    expect((await list(admin, '')).sort()).toEqual([own.id, other.id].sort());
    expect(await list(admin, `&organisationId=${other.organisationId}`)).toEqual([other.id]);
    expect((await get('/api/directory/manage/services', worker)).statusCode).toBe(403);
  });
});

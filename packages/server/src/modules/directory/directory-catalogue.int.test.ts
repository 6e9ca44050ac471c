import type { TaxonomyTerm } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import {
  createTestDirectoryOrganisation,
  createTestDirectoryService,
  createTestPostcode,
  createTestTerm,
  NEEDS_TAXONOMY_ID,
  randomPostcode,
  randomWord,
} from './directory-test-data.ts';

describe('directory organisations, taxonomy and postcodes', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  let provider: SignedIn;
  let worker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    provider = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }]));
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const send = (method: 'POST' | 'PUT', url: string, session: SignedIn, payload: object) =>
    app.inject({ method, url, headers: session.writeHeaders, payload });
  const get = (url: string, session: SignedIn) => app.inject({ url, headers: { cookie: session.cookie } });

  it('an admin adds a directory organisation linked to a VCSE organisation, and changes it', async () => {
    const name = `Age Concern ${randomWord(6)}`;
    const created = await send('POST', '/api/directory/organizations', admin, { name, kithOrganisationId: tenant.vcse });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name, kithOrganisationId: tenant.vcse, serviceCount: 0, email: null });

    const id = created.json().id;
    const changed = await send('PUT', `/api/directory/organizations/${id}`, admin, {
      name: `${name} (North)`,
      website: 'https://example.org',
      kithOrganisationId: null,
    });
    expect(changed.json()).toMatchObject({ name: `${name} (North)`, website: 'https://example.org', kithOrganisationId: null });
    expect((await get(`/api/directory/organizations/${id}`, worker)).json().name).toBe(`${name} (North)`);
  });

  it('only a VCSE organisation can be linked, and only admins write organisations', async () => {
    const pcnLink = await send('POST', '/api/directory/organizations', admin, {
      name: 'Wrong link',
      kithOrganisationId: tenant.pcn,
    });
    expect(pcnLink.statusCode).toBe(400);
    expect(pcnLink.json().issues).toMatchObject([{ path: 'kithOrganisationId' }]);
    expect((await send('POST', '/api/directory/organizations', provider, { name: 'Mine now' })).statusCode).toBe(403);
    expect((await send('POST', '/api/directory/organizations', worker, { name: 'Mine now' })).statusCode).toBe(403);
  });

  it('lists organisations by name with service counts; mine=true gives a provider their own', async () => {
    const word = randomWord();
    const own = await createTestDirectoryOrganisation(db(), { name: `${word} own`, kithOrganisationId: tenant.vcse });
    const other = await createTestDirectoryOrganisation(db(), { name: `${word} other` });
    await createTestDirectoryService(db(), { organisationId: own });
    await createTestDirectoryService(db(), { organisationId: own, archived: true });

    const all = (await get(`/api/directory/organizations?q=${word}`, worker)).json();
    expect(all).toMatchObject({ total: 2, items: [{ id: other }, { id: own, serviceCount: 1 }] });
    const mine = (await get('/api/directory/organizations?mine=true&pageSize=200', provider)).json();
    expect(mine.items.map((o: { id: string }) => o.id)).toContain(own);
    expect(mine.items.map((o: { id: string }) => o.id)).not.toContain(other);
    expect((await get('/api/directory/organizations?mine=true', worker)).json().items).toEqual([]);
  });

  it('lists every term in tree order with its depth, the seeded needs taxonomy included', async () => {
    const parent = await createTestTerm(db(), { name: `${randomWord()} parent` });
    const child = await createTestTerm(db(), { parentId: parent });
    const grandchild = await createTestTerm(db(), { parentId: child });

    const response = await get('/api/directory/taxonomy-terms', worker);
    expect(response.statusCode).toBe(200);
    const terms: TaxonomyTerm[] = response.json().items;
    const position = (id: string) => terms.findIndex((t) => t.id === id);
    expect(position(parent)).toBeLessThan(position(child));
    expect(terms[position(parent) + 1]?.id).toBe(child);
    expect(terms[position(child) + 1]?.id).toBe(grandchild);
    expect(terms.find((t) => t.id === grandchild)?.depth).toBe(2);
    const loneliness = terms.find((t) => t.code === 'loneliness');
    expect(loneliness).toMatchObject({ depth: 1, parentId: terms.find((t) => t.code === 'social_connection')?.id });
    const taxonomies = (await get('/api/directory/taxonomies', worker)).json().items;
    expect(taxonomies.map((t: { id: string }) => t.id)).toContain(NEEDS_TAXONOMY_ID);
  });

  it('an admin adds and moves terms; a parent must exist and a term cannot move under itself', async () => {
    const top = await send('POST', '/api/directory/taxonomy-terms', admin, { taxonomyId: NEEDS_TAXONOMY_ID, name: 'Hobbies' });
    expect(top.statusCode, top.body).toBe(201);
    expect(top.json()).toMatchObject({ depth: 0, parentId: null, description: '' });
    const topId = top.json().id;
    const code = `craft_${randomWord(6)}`;
    const under = await send('POST', '/api/directory/taxonomy-terms', admin, {
      taxonomyId: NEEDS_TAXONOMY_ID,
      parentId: topId,
      name: 'Crafts',
      code,
    });
    expect(under.json()).toMatchObject({ depth: 1, parentId: topId, code });

    const loop = await send('PUT', `/api/directory/taxonomy-terms/${topId}`, admin, {
      taxonomyId: NEEDS_TAXONOMY_ID,
      parentId: under.json().id,
      name: 'Hobbies',
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().issues).toMatchObject([{ path: 'parentId' }]);
    const self = await send('PUT', `/api/directory/taxonomy-terms/${topId}`, admin, {
      taxonomyId: NEEDS_TAXONOMY_ID,
      parentId: topId,
      name: 'Hobbies',
    });
    expect(self.statusCode).toBe(400);
    const orphan = await send('POST', '/api/directory/taxonomy-terms', admin, {
      taxonomyId: NEEDS_TAXONOMY_ID,
      parentId: crypto.randomUUID(),
      name: 'Orphan',
    });
    expect(orphan.json().issues).toMatchObject([{ path: 'parentId' }]);
    const duplicate = await send('POST', '/api/directory/taxonomy-terms', admin, {
      taxonomyId: NEEDS_TAXONOMY_ID,
      name: 'Again',
      code,
    });
    expect(duplicate.json().issues).toMatchObject([{ path: 'code' }]);

    const moved = await send('PUT', `/api/directory/taxonomy-terms/${under.json().id}`, admin, {
      taxonomyId: NEEDS_TAXONOMY_ID,
      parentId: null,
      name: 'Crafts and making',
      code,
    });
    expect(moved.json()).toMatchObject({ depth: 0, parentId: null, name: 'Crafts and making' });
    expect(
      (await send('POST', '/api/directory/taxonomy-terms', provider, { taxonomyId: NEEDS_TAXONOMY_ID, name: 'X' })).statusCode,
    ).toBe(403);
  });

  it('looks up a postcode in any spacing and case; an unknown or malformed one is a 400 naming postcode', async () => {
    const postcode = await createTestPostcode(db(), 53.79, -1.54);
    const found = await get(`/api/directory/postcodes/${postcode.replace(' ', '').toLowerCase()}`, worker);
    expect(found.statusCode).toBe(200);
    expect(found.json()).toEqual({ postcode, latitude: 53.79, longitude: -1.54 });

    for (const wrong of [randomPostcode().replace(' ', ''), 'nonsense']) {
      const response = await get(`/api/directory/postcodes/${wrong}`, worker);
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toMatchObject([{ path: 'postcode' }]);
    }
  });
});

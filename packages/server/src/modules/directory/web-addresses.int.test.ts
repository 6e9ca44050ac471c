import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { createTestDirectoryOrganisation, createTestDirectoryService, randomWord } from './directory-test-data.ts';

/**
 * Only http(s) web addresses reach the directory: a VCSE provider's `javascript:`, `data:` or
 * `vbscript:` link is a 400 naming the field, and the database refuses one from anywhere else.
 */
describe('directory web addresses', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  let provider: SignedIn;
  let ownOrganisation: string;
  const db = () => app.kith.database.db;
  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    provider = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }]));
    ownOrganisation = await createTestDirectoryOrganisation(db(), { kithOrganisationId: tenant.vcse });
  });
  afterAll(() => app.close());

  const send = (method: 'POST' | 'PUT', url: string, session: SignedIn, payload: object) =>
    app.inject({ method, url, headers: session.writeHeaders, payload });

  it.each(hostile)('a provider’s service web address %s is a 400 naming url, on create and on edit', async (bad) => {
    const input = { organisationId: ownOrganisation, name: `Walking group ${randomWord(6)}` };
    const created = await send('POST', '/api/directory/services', provider, { ...input, url: bad });
    expect(created.statusCode).toBe(400);
    expect(created.json().issues.map((i: { path: string }) => i.path)).toEqual(['url']);

    const ok = await send('POST', '/api/directory/services', provider, { ...input, url: 'https://walks.example.org' });
    expect(ok.statusCode).toBe(201);
    const edited = await send('PUT', `/api/directory/services/${ok.json().id}`, provider, { ...input, url: bad });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().issues[0].path).toBe('url');
  });

  it.each(hostile)('an organisation website %s is a 400 naming website', async (bad) => {
    const response = await send('POST', '/api/directory/organizations', admin, {
      name: `Friends ${randomWord(6)}`,
      website: bad,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('website');
  });

  it('the database refuses a non-http(s) address written by anything else', async () => {
    const service = await createTestDirectoryService(db(), { kithOrganisationId: tenant.vcse });
    await expect(
      db().execute(sql`UPDATE dir_services SET url = 'javascript:alert(1)' WHERE id = ${service.id}`),
    ).rejects.toThrow();
    await expect(
      db().execute(sql`UPDATE dir_organizations SET website = 'data:text/html,x' WHERE id = ${ownOrganisation}`),
    ).rejects.toThrow();
    await expect(
      db().execute(sql`UPDATE dir_services SET url = 'https://ok.example.org' WHERE id = ${service.id}`),
    ).resolves.toBeDefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../test/tenant-test-data.ts';
import { buildTestApp } from '../../test/test-app.ts';
import type { KithApp } from '../app.ts';

/** Requests anyone can send that used to end in a 500 or a non-Kith error body. */
describe('request guards', () => {
  let app: KithApp;
  let admin: SignedIn;
  let tenant: Awaited<ReturnType<typeof createTestTenant>>;

  beforeAll(async () => {
    app = await buildTestApp();
    const db = app.kith.database.db;
    tenant = await createTestTenant(db);
    admin = await signIn(app, await createTestUser(db, [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  function expectValidationNaming(response: { statusCode: number; json(): unknown }, path: string) {
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: string; issues: { path: string }[]; requestId: string };
    expect(body.error).toBe('validation');
    expect(body.issues[0]?.path).toBe(path);
    expect(body.requestId).toEqual(expect.any(String));
  }

  describe('NUL and unpaired surrogates', () => {
    it('are a 400 naming the body field, on a route whose schema says nothing about them', async () => {
      for (const bad of ['Ada\u0000', '\ud800', 'x\udc00']) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/people',
          headers: admin.writeHeaders,
          payload: { organisationId: tenant.practice, givenName: 'Ada', familyName: bad, dateOfBirth: '1980-01-02' },
        });
        expectValidationNaming(response, 'familyName');
      }
    });

    it('are a 400 naming a nested field', async () => {
      const response = await app.inject({
        method: 'PUT',
        url: `/api/users/${crypto.randomUUID()}/memberships`,
        headers: admin.writeHeaders,
        payload: { memberships: [{ organisationId: tenant.pcn, role: 'referrer\u0000' }] },
      });
      expectValidationNaming(response, 'memberships.0.role');
    });

    it('are a 400 naming the query parameter, also on the public ORUK feed', async () => {
      expectValidationNaming(await app.inject({ url: '/openreferral/services?search=%00' }), 'search');
      expectValidationNaming(await app.inject({ url: '/api/people?q=a%00b', headers: { cookie: admin.cookie } }), 'q');
      expectValidationNaming(await app.inject({ url: '/api/directory/services?q=%00', headers: { cookie: admin.cookie } }), 'q');
    });

    it('are refused before any documented route runs', async () => {
      const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
      let checked = 0;
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const method of Object.keys(operations)) {
          const url = `${path.replace(/\{\w+\}/g, crypto.randomUUID())}?probe=a%00b`;
          const response = await app.inject({ method: method.toUpperCase() as 'GET', url, headers: admin.writeHeaders });
          expectValidationNaming(response, 'probe');
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
    });

    it('are a 400 naming the path parameter', async () => {
      expectValidationNaming(await app.inject({ url: '/api/users/%00', headers: { cookie: admin.cookie } }), 'id');
    });
  });

  describe('page numbers', () => {
    it('a huge page is a 400 naming page on every documented list, never a 500', async () => {
      const doc = app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
      const paged = Object.entries(doc.paths).flatMap(([path, operations]) =>
        (operations.get?.parameters ?? [])
          .filter((p) => p.in === 'query' && ['page', 'per_page'].includes(p.name))
          .map((p) => ({ path: path.replace(/\{\w+\}/g, crypto.randomUUID()), name: p.name })),
      );
      expect(paged.length).toBeGreaterThan(8);
      for (const { path, name } of paged) {
        for (const huge of ['1e9', '999999999', '1e400']) {
          const url = `${path}?${name}=${huge}`;
          const response = await app.inject({ url, headers: { cookie: admin.cookie } });
          expect(response.statusCode, url).toBe(400);
          // Other required parameters may be named too; the page must be among them.
          const paths = (response.json().issues as { path: string }[]).map((issue) => issue.path);
          expect(paths, url).toContain(name);
        }
      }
    });

    it('the last allowed page is an empty page', async () => {
      for (const url of [
        '/api/directory/services?page=100000&pageSize=100',
        '/api/users?page=100000&pageSize=200',
        '/openreferral/services?page=1000000&per_page=500',
      ]) {
        const response = await app.inject({ url, headers: { cookie: admin.cookie } });
        expect(response.statusCode, url).toBe(200);
        expect(response.json().items ?? response.json().contents, url).toEqual([]);
      }
    });
  });

  describe("Fastify's own refusals use Kith's error shape", () => {
    function expectKithError(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
      expect(response.headers['content-type']).toMatch(/application\/json/);
      const body = response.json() as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(expect.arrayContaining(['error', 'message', 'requestId']));
      expect(body.requestId).toBe(response.headers['x-request-id']);
      return body;
    }

    it('bad percent-encoding is a 400', async () => {
      const response = await app.inject({ url: '/api/people/%E0%A4%A', headers: { cookie: admin.cookie } });
      expect(response.statusCode).toBe(400);
      expect(expectKithError(response).error).toBe('validation');
    });

    it('an over-long path parameter is a 414', async () => {
      const response = await app.inject({ url: `/api/people/${'a'.repeat(500)}`, headers: { cookie: admin.cookie } });
      expect(response.statusCode).toBe(414);
      expect(expectKithError(response).error).toBe('uri_too_long');
    });

    it('an unknown route and an unsupported method are a 404 without the query in the message', async () => {
      for (const [method, url] of [
        ['GET', '/api/no-such-thing?q=Secret'],
        ['DELETE', '/api/me'],
        ['PROPFIND', '/api/people'],
      ] as const) {
        const response = await app.inject({ method: method as 'GET', url, headers: admin.writeHeaders });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        const body = expectKithError(response);
        expect(body.error).toBe('not_found');
        expect(String(body.message)).not.toContain('Secret');
      }
    });
  });

  describe('caching', () => {
    it('/api/me, other API answers and API errors are no-store', async () => {
      const responses = [
        await app.inject({ url: '/api/me', headers: { cookie: admin.cookie } }),
        await app.inject({ url: '/api/users', headers: { cookie: admin.cookie } }),
        await app.inject({ url: `/api/users/${crypto.randomUUID()}`, headers: { cookie: admin.cookie } }),
        await app.inject({ url: '/api/me' }),
        await app.inject({ url: '/api/nothing-here', headers: { cookie: admin.cookie } }),
        await app.inject({ url: '/api/people/%E0%A4%A', headers: { cookie: admin.cookie } }),
        await app.inject({ method: 'POST', url: '/api/people', headers: admin.writeHeaders, payload: {} }),
      ];
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 404, 401, 404, 400, 400]);
      for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('identical concurrent writes to a unique key', () => {
    async function parallel(count: number, send: () => Promise<{ statusCode: number; json(): unknown }>) {
      const responses = await Promise.all(Array.from({ length: count }, send));
      for (const response of responses.filter((r) => r.statusCode === 409)) {
        const body = response.json() as { error: string; allowed: unknown; message: string };
        expect(body.error).toBe('conflict');
        expect(body.allowed).toEqual([]);
      }
      return responses.map((r) => r.statusCode);
    }

    it('8 × the same referral reason: one 201, seven 409s', async () => {
      const code = `race_${crypto.randomUUID().slice(0, 8).replaceAll('-', '')}`;
      const statuses = await parallel(8, () =>
        app.inject({
          method: 'POST',
          url: '/api/referral-reasons',
          headers: admin.writeHeaders,
          payload: { code, label: 'Race' },
        }),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    });

    it('8 × the same memberships PUT: 200s and 409s, never a 500', async () => {
      const user = await createTestUser(app.kith.database.db, [{ organisationId: tenant.practice, role: 'referrer' }]);
      const payload = { memberships: [{ organisationId: tenant.pcn, role: 'link_worker' }] };
      const statuses = await parallel(8, () =>
        app.inject({ method: 'PUT', url: `/api/users/${user.id}/memberships`, headers: admin.writeHeaders, payload }),
      );
      expect(
        statuses.every((s) => s === 200 || s === 409),
        statuses.join(),
      ).toBe(true);
      expect(statuses).toContain(200);
      const after = await app.inject({ url: `/api/users/${user.id}`, headers: { cookie: admin.cookie } });
      expect(after.json().memberships).toEqual([expect.objectContaining({ organisationId: tenant.pcn, role: 'link_worker' })]);
    });
  });
});

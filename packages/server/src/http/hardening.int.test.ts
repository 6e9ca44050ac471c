import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../test/tenant-test-data.ts';
import { buildTestApp } from '../../test/test-app.ts';
import type { KithApp } from '../app.ts';

describe('errors and hardening', () => {
  let app: KithApp;
  let admin: SignedIn;
  let tenant: Awaited<ReturnType<typeof createTestTenant>>;

  beforeAll(async () => {
    app = await buildTestApp();
    // A route that fails the way a database error would, to prove nothing leaks.
    app.get('/api/test/explode', async () => {
      throw new Error('relation "secret_table" does not exist: SELECT * FROM secret_table');
    });
    const db = app.kith.database.db;
    tenant = await createTestTenant(db);
    admin = await signIn(app, await createTestUser(db, [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  it('GET /health answers 200 and GET /ready reports the database', async () => {
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    const ready = await app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: app.kith.database.kind });
  });

  it('a malformed body is 400 naming each bad field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.writeHeaders,
      payload: {
        email: 'not-an-email',
        displayName: '',
        password: 'short',
        memberships: [{ organisationId: tenant.pcn, role: 'wizard' }],
      },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('validation');
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'displayName', 'password', 'memberships.0.role']));
  });

  it('a body that is not JSON is 400, not 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('validation');
  });

  it('a 2 MB body is refused with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toBe('payload_too_large');
  });

  it('an unknown API route is a JSON 404', async () => {
    const response = await app.inject({ url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json().error).toBe('not_found');
  });

  it('an internal error is 500 with a request id and no stack or SQL in the body', async () => {
    const response = await app.inject({ url: '/api/test/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ error: 'internal', requestId: response.headers['x-request-id'] });
    expect(response.body).not.toMatch(/secret_table|SELECT|at .*\.ts/);
  });

  it('stores SQL and HTML in a text field verbatim and returns it as JSON data', async () => {
    const nasty = `<script>alert('x')</script>'); DROP TABLE users; --`;
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.writeHeaders,
      payload: {
        email: `nasty-${crypto.randomUUID().slice(0, 6)}@kith.test`,
        displayName: nasty,
        password: 'a long enough password',
        memberships: [{ organisationId: tenant.practice, role: 'referrer' }],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toMatch(/application\/json/);
    const fetched = await app.inject({ url: `/api/users/${created.json().id}`, headers: { cookie: admin.cookie } });
    expect(fetched.json().displayName).toBe(nasty);
  });

  it('sends security headers with a strict Content Security Policy', async () => {
    const response = await app.inject({ url: '/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('rate-limits a client that sends too many requests', async () => {
    const limited = await buildTestApp({ KITH_RATE_LIMIT_PER_MINUTE: '5' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await limited.inject({ url: '/api/me' })).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    await limited.close();
  });

  it('serves the OpenAPI document', async () => {
    const response = await app.inject({ url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(['/api/session', '/api/me', '/api/users']));
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';

describe('sessions', () => {
  let app: KithApp;
  beforeAll(async () => {
    app = await buildTestApp({
      KITH_SIGN_IN_FREE_FAILURES: '3',
      KITH_SIGN_IN_ACCOUNT_FAILURES: '6',
      KITH_SIGN_IN_ACCOUNT_DELAY_SECONDS: '30',
    });
  });
  afterAll(() => app.close());
  const db = () => app.kith.database.db;

  it('POST /api/session signs in and GET /api/me returns the user and their roles', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Lina' });
    const session = await signIn(app, user);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { id: user.id, email: user.email, displayName: 'Lina' },
      memberships: [{ organisationId: tenant.pcn, role: 'link_worker', organisationKind: 'pcn' }],
    });
  });

  it('sets the session cookie httpOnly and SameSite=Lax, and Secure behind TLS', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const plain = await app.inject({ method: 'POST', url: '/api/session', payload: user });
    const cookie = plain.cookies.find((c) => c.name === 'kith_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.secure).toBeFalsy();

    const behindProxy = await buildTestApp({ KITH_TRUST_PROXY: 'true' });
    const tls = await behindProxy.inject({
      method: 'POST',
      url: '/api/session',
      payload: user,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(tls.cookies.find((c) => c.name === 'kith_session')?.secure).toBe(true);
    await behindProxy.close();
  });

  it('GET /api/me without a session is 401 and the refusal is audited', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'unauthenticated', requestId: expect.any(String) });
    const events = await db().select().from(auditEvents).where(eq(auditEvents.requestId, response.json().requestId));
    expect(events).toMatchObject([{ action: 'denied', recordType: 'route', recordId: 'GET /api/me' }]);
  });

  it('answers an unknown email and a wrong password with the same message', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody-at-all@kith.test', password: 'whatever it is' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
    expect(wrong.json().error).toBe('invalid_credentials');
  });

  const attempt = (email: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress });

  it('throttles a guesser from one client, even for the right password, for real and unknown emails alike', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    for (const email of [user.email, `ghost-${crypto.randomUUID()}@kith.test`]) {
      for (let i = 0; i < 3; i++) expect((await attempt(email, 'wrong password!', '192.0.2.10')).statusCode).toBe(401);
      const throttled = await attempt(email, user.password, '192.0.2.10');
      expect(throttled.statusCode).toBe(429);
      expect(throttled.json().error).toBe('rate_limited');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled.json().message).not.toMatch(/locked/i);
    }
  });

  it('lets the real person sign in from another client straight after a guesser’s failures: no lock-out', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    for (let i = 0; i < 3; i++) expect((await attempt(user.email, 'wrong password!', '192.0.2.20')).statusCode).toBe(401);
    expect((await attempt(user.email, 'wrong password!', '192.0.2.20')).statusCode).toBe(429);
    expect((await attempt(user.email, user.password, '198.51.100.7')).statusCode).toBe(200);
    // The guesser is still slowed: the real person's success cleared only their own client.
    expect((await attempt(user.email, user.password, '192.0.2.20')).statusCode).toBe(429);
  });

  it('checks a burst of simultaneous guesses from one client against one count, not each against the same reading', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const burst = await Promise.all(Array.from({ length: 8 }, () => attempt(user.email, 'wrong password!', '192.0.2.30')));
    const statuses = burst.map((r) => r.statusCode);
    // At most the free failures are evaluated; the rest are refused unheard.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('slows every failing client when an address is attacked from many, but never the client without failures', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    // Three clients, two failures each: none reaches its own limit, but together they reach the account's (6).
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      for (let i = 0; i < 2; i++) expect((await attempt(user.email, 'wrong password!', ip)).statusCode).toBe(401);
    }
    const slowed = await attempt(user.email, 'wrong password!', '203.0.113.1');
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(20);
    // A client with one failure before the attack built up is slowed too…
    expect((await attempt(user.email, user.password, '203.0.113.2')).statusCode).toBe(429);
    // …but the person on a client with no failures signs in at once.
    expect((await attempt(user.email, user.password, '198.51.100.8')).statusCode).toBe(200);
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.action, 'sign_in_failed'));
    expect(audits.some((a) => (a.detail as { reason?: string } | null)?.reason === 'throttled')).toBe(true);
  });

  it('DELETE /api/session signs out: the old cookie no longer works', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const session = await signIn(app, user);
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: session.writeHeaders });
    expect(out.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const session = await signIn(app, user);
    const missing = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: session.cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toBe('csrf');
    const wrong = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('expires a session after the idle timeout and after the absolute lifetime', async () => {
    const short = await buildTestApp({ KITH_SESSION_IDLE_MINUTES: '1', KITH_SESSION_ABSOLUTE_HOURS: '1' });
    const { resolveActor } = await import('./session-service.ts');
    const tenant = await createTestTenant(db());
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const response = await short.inject({ method: 'POST', url: '/api/session', payload: user });
    const token = response.cookies.find((c) => c.name === 'kith_session')?.value ?? '';
    const policy = short.kith.sessionPolicy;
    const now = Date.now();
    expect(await resolveActor(db(), token, policy, new Date(now + 30_000))).not.toBeNull();
    expect(await resolveActor(db(), token, policy, new Date(now + 2 * 60_000))).toBeNull();

    const again = await short.inject({ method: 'POST', url: '/api/session', payload: user });
    const token2 = again.cookies.find((c) => c.name === 'kith_session')?.value ?? '';
    // Keep it busy every 50 s so it never idles out; it still ends after an hour.
    let at = now;
    while (at < now + 59 * 60_000) {
      at += 50_000;
      expect(await resolveActor(db(), token2, policy, new Date(at))).not.toBeNull();
    }
    expect(await resolveActor(db(), token2, policy, new Date(now + 61 * 60_000))).toBeNull();
    await short.close();
  });
});

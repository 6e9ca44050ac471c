import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, signIn, type TestUser } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, outboxEmails, passwordResetTokens, signInThrottle, users } from '../../db/schema/index.ts';
import { PASSWORD_RESET_REQUEST_RATE_LIMIT } from './password-reset-routes.ts';
import { RESET_EMAILS_PER_ACCOUNT, requestPasswordReset } from './password-reset-service.ts';

const NEW_PASSWORD = 'a brand new long password';

describe('forgot password: emailed, single-use, expiring links', () => {
  let app: KithApp;
  beforeAll(async () => {
    app = await buildTestApp({ KITH_PUBLIC_URL: 'https://kith.example.nhs.uk', KITH_PASSWORD_RESET_MINUTES: '30' });
  });
  afterAll(() => app.close());
  const db = () => app.kith.database.db;

  // The request route is limited per client address: each test asks from its own.
  let addressCounter = 0;
  const freshAddress = () => `203.0.114.${++addressCounter}`;

  const requestReset = (email: string, remoteAddress = freshAddress()) =>
    app.inject({ method: 'POST', url: '/api/session/password-reset', payload: { email }, remoteAddress });
  const completeReset = (token: string, password = NEW_PASSWORD) =>
    app.inject({
      method: 'POST',
      url: '/api/session/password-reset/complete',
      payload: { token, password },
      remoteAddress: freshAddress(),
    });
  const emailsTo = (to: string) =>
    db().select().from(outboxEmails).where(eq(outboxEmails.to, to)).orderBy(desc(outboxEmails.createdAt));
  const tokenFrom = (body: string) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? '';

  async function newUser(): Promise<TestUser> {
    const tenant = await createTestTenant(db());
    return createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Rita Reset' });
  }

  async function linkFor(user: TestUser): Promise<string> {
    expect((await requestReset(user.email)).statusCode).toBe(202);
    const [email] = await emailsTo(user.email);
    return tokenFrom(email?.textBody ?? '');
  }

  it('answers a known and an unknown address the same, and emails only the real account a link on the public URL', async () => {
    const user = await newUser();
    const known = await requestReset(user.email.toUpperCase());
    const unknownAddress = `nobody-${crypto.randomUUID()}@kith.test`;
    const unknown = await requestReset(unknownAddress);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());

    const [email] = await emailsTo(user.email);
    expect(email?.subject).toBe('Reset your Kith password');
    expect(email?.textBody).toContain('https://kith.example.nhs.uk/reset-password?token=');
    expect(email?.textBody).toContain('30 minutes');
    expect(await emailsTo(unknownAddress)).toHaveLength(0);

    // Only a hash of the token is stored.
    const token = tokenFrom(email?.textBody ?? '');
    const rows = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);

    const audits = await db().select().from(auditEvents).where(eq(auditEvents.recordId, user.id));
    expect(audits).toContainEqual(
      expect.objectContaining({ recordType: 'password_reset', action: 'create', detail: { sent: true } }),
    );
  });

  it('sets the new password once: the link cannot be used again, and the old password stops working', async () => {
    const user = await newUser();
    const token = await linkFor(user);
    const done = await completeReset(token);
    expect(done.statusCode).toBe(200);
    expect(done.json().message).toMatch(/password has been changed/i);

    const again = await completeReset(token, 'yet another long password');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: 'validation', issues: [{ path: 'token' }] });

    const oldPassword = await app.inject({ method: 'POST', url: '/api/session', payload: user, remoteAddress: freshAddress() });
    expect(oldPassword.statusCode).toBe(401);
    await signIn(app, { email: user.email, password: NEW_PASSWORD }, { remoteAddress: freshAddress() });
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.recordId, user.id));
    expect(audits.some((a) => a.recordType === 'password_reset' && a.action === 'update')).toBe(true);
  });

  it('refuses an unknown token with the same message on `token`', async () => {
    const response = await completeReset('not-a-real-token-at-all');
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      { path: 'token', message: expect.stringMatching(/expired or has already been used/) },
    ]);
  });

  it('applies the rules for a new password', async () => {
    const user = await newUser();
    const token = await linkFor(user);
    const short = await completeReset(token, 'too short');
    expect(short.statusCode).toBe(400);
    expect(short.json().issues).toMatchObject([{ path: 'password' }]);
    // A refused password does not use up the link.
    expect((await completeReset(token)).statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const user = await newUser();
    const linkMinutes = app.kith.config.passwordResetMinutes;
    // Asked for just over the link's lifetime ago.
    await requestPasswordReset(
      db(),
      { actor: null, requestId: 'test-expired-link' },
      {
        email: user.email,
        settings: { linkMinutes, publicUrl: app.kith.config.email.publicUrl },
        now: new Date(Date.now() - (linkMinutes + 1) * 60_000),
      },
    );
    const [email] = await emailsTo(user.email);
    const expired = await completeReset(tokenFrom(email?.textBody ?? ''));
    expect(expired.statusCode).toBe(400);
    expect(expired.json().issues).toMatchObject([{ path: 'token' }]);
  });

  it('ends every session of the account, uses up its other links and forgets its sign-in failures', async () => {
    const user = await newUser();
    const laptop = await signIn(app, user, { remoteAddress: freshAddress() });
    const phone = await signIn(app, user, { remoteAddress: freshAddress() });
    const guesser = freshAddress();
    await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { ...user, password: 'wrong password!' },
      remoteAddress: guesser,
    });
    expect(await db().select().from(signInThrottle).where(eq(signInThrottle.email, user.email))).toHaveLength(1);

    const older = await linkFor(user);
    const newer = await linkFor(user);
    expect(older).not.toBe(newer);
    expect((await completeReset(newer)).statusCode).toBe(200);

    for (const session of [laptop, phone]) {
      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
      expect(me.statusCode).toBe(401);
    }
    expect((await completeReset(older)).statusCode).toBe(400);
    expect(await db().select().from(signInThrottle).where(eq(signInThrottle.email, user.email))).toHaveLength(0);
  });

  it('sends no link to a deactivated account, answering the same', async () => {
    const user = await newUser();
    await db().update(users).set({ active: false }).where(eq(users.id, user.id));
    const response = await requestReset(user.email);
    expect(response.statusCode).toBe(202);
    expect(await emailsTo(user.email)).toHaveLength(0);
  });

  it('limits requests per client address, and emails one account at most a few times whoever asks', async () => {
    const user = await newUser();
    const client = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i <= PASSWORD_RESET_REQUEST_RATE_LIMIT.max; i++) {
      statuses.push((await requestReset(`someone-${i}-${crypto.randomUUID()}@kith.test`, client)).statusCode);
    }
    expect(statuses.slice(0, -1).every((s) => s === 202)).toBe(true);
    expect(statuses.at(-1)).toBe(429);

    // From many clients, the answers stay the same but the inbox is not flooded.
    for (let i = 0; i < RESET_EMAILS_PER_ACCOUNT + 2; i++) expect((await requestReset(user.email)).statusCode).toBe(202);
    expect(await emailsTo(user.email)).toHaveLength(RESET_EMAILS_PER_ACCOUNT);
  });
});

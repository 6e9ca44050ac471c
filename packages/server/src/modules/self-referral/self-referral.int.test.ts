import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, people, referrals, referralTransitions } from '../../db/schema/index.ts';
import { SELF_REFERRAL_RATE_LIMIT } from './self-referral-routes.ts';

describe('public self-referral', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let otherWorker: SignedIn;
  const db = () => app.kith.database.db;
  let ipCounter = 0;
  /** Each test posts from its own address, so the per-IP limit of one test does not touch another. */
  const freshIp = () => `198.51.100.${++ipCounter}`;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    const elsewhere = await createTestTenant(db());
    otherWorker = await signIn(app, await createTestUser(db(), [{ organisationId: elsewhere.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const body = (overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
    organisationId: tenant.pcn,
    person: {
      givenName: 'Ffion',
      familyName: `Pryce-${crypto.randomUUID().slice(0, 6)}`,
      dateOfBirth: '1961-07-14',
      postcode: 'cf10 1ep',
      phone: '07700 900123',
      ...person,
    },
    reasons: ['loneliness'],
    helpWanted: 'I would like to meet people nearby.',
    consent: { toReferral: true, toDataSharing: true },
    website: '',
    startedAt: Date.now() - 60_000,
    ...overrides,
  });
  const submit = (payload: object, options: { ip?: string; headers?: Record<string, string> } = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/public/self-referrals',
      remoteAddress: options.ip ?? freshIp(),
      headers: options.headers ?? {},
      payload,
    });
  const referralsFor = (familyName: string) =>
    db()
      .select({ referral: referrals })
      .from(referrals)
      .innerJoin(people, eq(people.id, referrals.personId))
      .where(eq(people.familyName, familyName));

  it('GET /api/public/pcns lists active PCNs by name without sign-in', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/public/pcns' });
    expect(response.statusCode).toBe(200);
    const pcn = response.json().items.find((p: { id: string }) => p.id === tenant.pcn);
    expect(Object.keys(pcn).sort()).toEqual(['id', 'name']);
    expect(response.json().items.map((p: { id: string }) => p.id)).not.toContain(tenant.practice);
  });

  it('GET /api/public/gp-practices lists active practices by name without sign-in, and no PCNs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/public/gp-practices' });
    expect(response.statusCode).toBe(200);
    const practice = response.json().items.find((p: { id: string }) => p.id === tenant.practice);
    expect(Object.keys(practice).sort()).toEqual(['id', 'name']);
    expect(response.json().items.map((p: { id: string }) => p.id)).not.toContain(tenant.pcn);
  });

  it("a person names their GP practice and the referral reaches the practice's PCN", async () => {
    const payload = body({ organisationId: undefined, gpPracticeId: tenant.practice });
    const response = await submit(payload);
    expect(response.statusCode).toBe(202);
    const [stored] = await referralsFor(payload.person.familyName);
    expect(stored?.referral).toMatchObject({ organisationId: tenant.pcn, source: 'self', unverified: true });
  });

  it('a practice id that names no active practice, or neither a practice nor a PCN, is 400 naming gpPracticeId', async () => {
    const pcnAsPractice = await submit(body({ organisationId: undefined, gpPracticeId: tenant.pcn }));
    expect(pcnAsPractice.statusCode).toBe(400);
    expect(pcnAsPractice.json().issues).toEqual([{ path: 'gpPracticeId', message: 'Choose your GP practice from the list' }]);
    const neither = await submit(body({ organisationId: undefined }));
    expect(neither.json().issues).toEqual([{ path: 'gpPracticeId', message: 'Choose your GP practice' }]);
  });

  it('creates an unverified self-referral, without echoing personal data, that the PCN queue shows', async () => {
    const payload = body();
    const response = await submit(payload);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ reference: expect.stringMatching(/^[0-9A-F]{8}$/), message: expect.any(String) });
    expect(response.body).not.toContain(payload.person.familyName);
    expect(response.body).not.toContain('07700');

    const [stored] = await referralsFor(payload.person.familyName);
    const referral = stored?.referral;
    expect(referral).toMatchObject({
      source: 'self',
      unverified: true,
      referrerUserId: null,
      referrerName: 'Self-referral',
      consentRecordedBy: null,
      status: 'received',
      organisationId: tenant.pcn,
    });
    expect(referral?.id.slice(0, 8).toUpperCase()).toBe(response.json().reference);

    const [transition] = await db()
      .select()
      .from(referralTransitions)
      .where(eq(referralTransitions.referralId, referral?.id ?? ''));
    expect(transition).toMatchObject({ fromStatus: null, toStatus: 'received', actorUserId: null });
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, referral?.id ?? ''));
    expect(audits.find((a) => a.action === 'create')).toMatchObject({ actorUserId: null, recordType: 'referral' });

    const queue = await app.inject({ method: 'GET', url: '/api/referrals', headers: { cookie: worker.cookie } });
    expect(queue.json().items.find((r: { id: string }) => r.id === referral?.id)).toMatchObject({
      source: 'self',
      unverified: true,
      referrerName: 'Self-referral',
    });
    const elsewhere = await app.inject({ method: 'GET', url: '/api/referrals', headers: { cookie: otherWorker.cookie } });
    expect(elsewhere.json().items.map((r: { id: string }) => r.id)).not.toContain(referral?.id);
  });

  it('reuses the PCN’s record with the same NHS number and keeps the typed details on the referral', async () => {
    const nhsNumber = randomNhsNumber();
    const first = body({}, { nhsNumber });
    await submit(first);
    const second = await submit(body({}, { nhsNumber, familyName: first.person.familyName, phone: '07700 900999' }));
    expect(second.statusCode).toBe(202);
    expect(await db().select().from(people).where(eq(people.nhsNumber, nhsNumber))).toHaveLength(1);
    const stored = await referralsFor(first.person.familyName);
    expect(stored).toHaveLength(2);
    expect(stored.map((s) => s.referral.notes).join('\n')).toContain('07700 900999');
  });

  it('an NHS number held for someone with another surname or date of birth is not merged: a new record, flagged for the team', async () => {
    const nhsNumber = randomNhsNumber();
    const first = body({}, { nhsNumber });
    await submit(first);
    const [existing] = await db().select().from(people).where(eq(people.nhsNumber, nhsNumber));
    const other = body({}, { nhsNumber, dateOfBirth: '1975-03-09' });
    const response = await submit(other);
    // Answered exactly like any other self-referral: nothing tells the sender the number is known.
    expect(response.statusCode).toBe(202);
    expect(response.body).not.toContain(first.person.familyName);
    const [stored] = await referralsFor(other.person.familyName);
    expect(stored?.referral.personId).not.toBe(existing?.id);
    expect(stored?.referral).toMatchObject({ unverified: true });
    expect(stored?.referral.notes).toContain('Check the NHS number');
    expect(stored?.referral.notes).not.toContain(first.person.familyName);
    // The number stays on the one record it belongs to.
    expect(await db().select().from(people).where(eq(people.nhsNumber, nhsNumber))).toHaveLength(1);
    expect(
      await db()
        .select()
        .from(people)
        .where(eq(people.id, existing?.id ?? '')),
    ).toMatchObject([{ familyName: first.person.familyName, dateOfBirth: '1961-07-14' }]);
  });

  it('a missing, null or wrongly typed payload is 400 naming the fields, never 500', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['gpPracticeId', 'person', 'reasons', 'consent', 'startedAt']],
      [{ person: null }, ['gpPracticeId', 'person', 'reasons', 'consent', 'startedAt']],
      [{ ...body(), person: 'Ffion' }, ['person']],
      [{ ...body(), person: [] }, ['person']],
      [{ ...body(), consent: null }, ['consent']],
      [{ ...body(), reasons: 'loneliness' }, ['reasons']],
      [{ ...body(), startedAt: 'soon' }, ['startedAt']],
      [body({}, { givenName: 7, phone: 7700900123 }), ['person.givenName', 'person.phone']],
    ];
    for (const [payload, paths] of cases) {
      const response = await submit(payload as object);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(
        response
          .json()
          .issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual([...paths].sort());
    }
  });

  it('a filled-in honeypot is answered 202 but nothing is stored or audited', async () => {
    const payload = body({ website: 'https://spam.example' });
    const response = await submit(payload);
    expect(response.statusCode).toBe(202);
    expect(response.json().reference).toMatch(/^[0-9A-F]{8}$/);
    expect(await referralsFor(payload.person.familyName)).toHaveLength(0);
    expect(await db().select().from(people).where(eq(people.familyName, payload.person.familyName))).toHaveLength(0);
    const requestId = String(response.headers['x-request-id']);
    expect(requestId).not.toBe('undefined');
    expect(await db().select().from(auditEvents).where(eq(auditEvents.requestId, requestId))).toEqual([]);
  });

  it('a form sent within 3 seconds of being shown is 400 asking to check the answers', async () => {
    const payload = body({ startedAt: Date.now() - 500 });
    const response = await submit(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'startedAt', message: 'Please take a moment to check your answers' }]);
    expect(await referralsFor(payload.person.familyName)).toHaveLength(0);
  });

  it('neither a phone number nor an email address is 400 naming person.phone', async () => {
    const response = await submit(body({}, { phone: undefined }));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'person.phone' })]);
    const withEmail = await submit(body({}, { phone: undefined, email: 'ffion@example.org' }));
    expect(withEmail.statusCode).toBe(202);
  });

  it('an NHS number with a bad check digit is 400 naming person.nhsNumber', async () => {
    const response = await submit(body({}, { nhsNumber: '943 476 5918' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'person.nhsNumber' })]);
  });

  it('refuses a practice instead of a PCN, and an unknown reason', async () => {
    const practice = await submit(body({ organisationId: tenant.practice }));
    expect(practice.json().issues).toEqual([expect.objectContaining({ path: 'organisationId' })]);
    const reason = await submit(body({ reasons: ['loneliness', 'astrology'] }));
    expect(reason.json().issues).toEqual([expect.objectContaining({ path: 'reasons.1' })]);
  });

  it('the same Idempotency-Key twice makes one referral and answers the same reference', async () => {
    const payload = body();
    const ip = freshIp();
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const first = await submit(payload, { ip, headers });
    const retry = await submit(payload, { ip, headers });
    expect(first.statusCode).toBe(202);
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await referralsFor(payload.person.familyName)).toHaveLength(1);
  });

  it(`is rate-limited to ${SELF_REFERRAL_RATE_LIMIT.max} per IP address, even when the global limit is the default`, async () => {
    const limited = await buildTestApp({ KITH_RATE_LIMIT_PER_MINUTE: '120' });
    try {
      const ip = '203.0.113.7';
      const send = () =>
        limited.inject({ method: 'POST', url: '/api/public/self-referrals', remoteAddress: ip, payload: body() });
      for (let i = 0; i < SELF_REFERRAL_RATE_LIMIT.max; i++) expect((await send()).statusCode).toBe(202);
      const refused = await send();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toBe('rate_limited');
      const otherIp = await limited.inject({
        method: 'POST',
        url: '/api/public/self-referrals',
        remoteAddress: '203.0.113.8',
        payload: body(),
      });
      expect(otherIp.statusCode).toBe(202);
    } finally {
      await limited.close();
    }
  });

  it('POST /api/referrals/:id/verify lets a link worker in the PCN mark it verified, audited; others get 404', async () => {
    const payload = body();
    await submit(payload);
    const id = (await referralsFor(payload.person.familyName))[0]?.referral.id ?? '';

    const outside = await app.inject({ method: 'POST', url: `/api/referrals/${id}/verify`, headers: otherWorker.writeHeaders });
    expect(outside.statusCode).toBe(404);
    const anonymous = await app.inject({ method: 'POST', url: `/api/referrals/${id}/verify` });
    expect(anonymous.statusCode).toBe(401);

    const verified = await app.inject({ method: 'POST', url: `/api/referrals/${id}/verify`, headers: worker.writeHeaders });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ id, unverified: false });
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.recordId, id));
    expect(audits.filter((a) => a.action === 'update')).toEqual([
      expect.objectContaining({ actorUserId: expect.any(String), detail: { fields: ['unverified'], verified: true } }),
    ]);
  });

  it('verifying a closed self-referral is 409 with allowed [] and changes nothing', async () => {
    const payload = body();
    await submit(payload);
    const id = (await referralsFor(payload.person.familyName))[0]?.referral.id ?? '';
    await db().update(referrals).set({ status: 'declined' }).where(eq(referrals.id, id));
    const response = await app.inject({ method: 'POST', url: `/api/referrals/${id}/verify`, headers: worker.writeHeaders });
    expect(response.statusCode).toBe(409);
    expect(response.json().allowed).toEqual([]);
    expect((await referralsFor(payload.person.familyName))[0]?.referral.unverified).toBe(true);
  });
});

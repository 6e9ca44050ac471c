import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, people, referrals } from '../../db/schema/index.ts';
import { changeStatus } from './referral-status.ts';

describe('referral intake, triage, allocation and contacts', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let referrer: SignedIn;
  let supervisor: SignedIn;
  let worker: SignedIn;
  let workerId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    referrer = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wren Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
  });
  afterAll(() => app.close());

  const referralBody = (overrides: Record<string, unknown> = {}) => ({
    organisationId: tenant.pcn,
    person: {
      givenName: 'Morag',
      familyName: 'Lindqvist',
      dateOfBirth: '1950-02-03',
      postcode: 'ls1 4ap',
      nhsNumber: randomNhsNumber(),
    },
    reasons: ['loneliness'],
    consent: { toReferral: true, toDataSharing: true },
    ...overrides,
  });
  const refer = (body: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/referrals', headers: { ...referrer.writeHeaders, ...headers }, payload: body });
  const as = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: method === 'GET' ? { cookie: who.cookie } : who.writeHeaders,
      ...(payload ? { payload } : {}),
    });

  it('an NHS number with a bad check digit is 400 naming nhsNumber', async () => {
    const response = await refer(referralBody({ person: { givenName: 'A', familyName: 'B', nhsNumber: '943 476 5918' } }));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'person.nhsNumber' })]);
  });

  it('the same NHS number twice resolves to one person, shown as received in the queue', async () => {
    const nhsNumber = randomNhsNumber();
    const body = referralBody({
      person: {
        givenName: 'Ian',
        familyName: 'Okafor',
        nhsNumber: `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`,
      },
    });
    const first = await refer(body);
    const second = await refer(referralBody({ person: { givenName: 'Ian', familyName: 'Okafor', nhsNumber } }));
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ access: 'referrer', status: 'received', person: { nhsNumber } });
    const [a, b] = await Promise.all(
      [first, second].map(async (r) => (await as(supervisor, 'GET', `/api/referrals/${r.json().id}`)).json()),
    );
    expect(b.person.id).toBe(a.person.id);
    expect(a).toMatchObject({ status: 'received', referrerUserId: expect.any(String) });
    expect(await db().select().from(people).where(eq(people.nhsNumber, nhsNumber))).toHaveLength(1);
  });

  it('the same referral POSTed twice with one Idempotency-Key creates one referral and answers the same', async () => {
    const body = referralBody();
    const key = crypto.randomUUID();
    const first = await refer(body, { 'idempotency-key': key });
    const retry = await refer(body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const mine = await as(referrer, 'GET', '/api/referrals?mine=made');
    expect(mine.json().items.filter((r: { id: string }) => r.id === first.json().id)).toHaveLength(1);
    const reused = await refer(referralBody(), { 'idempotency-key': key });
    expect(reused.statusCode).toBe(409);
  });

  it('refuses an unknown reason code, naming it', async () => {
    const response = await refer(referralBody({ reasons: ['loneliness', 'astrology'] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('reasons.1');
  });

  it('an agency that serves the PCN can refer to it as an agency referral; one that does not cannot', async () => {
    const agency = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'referrer' }]));
    const body = referralBody({ referrerOrganisation: 'Good Neighbours' });
    const response = await app.inject({ method: 'POST', url: '/api/referrals', headers: agency.writeHeaders, payload: body });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ source: 'agency' });
    const elsewhere = await createTestTenant(db());
    const stranger = await signIn(app, await createTestUser(db(), [{ organisationId: elsewhere.vcse, role: 'referrer' }]));
    const refused = await app.inject({
      method: 'POST',
      url: '/api/referrals',
      headers: stranger.writeHeaders,
      payload: referralBody(),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues[0].path).toBe('organisationId');
  });

  it('the server decides the source from who refers: a source in the body is accepted but ignored', async () => {
    const fromPractice = await refer(referralBody({ source: 'self' }));
    expect(fromPractice.statusCode).toBe(201);
    expect(fromPractice.json()).toMatchObject({ source: 'gp_practice' });
    const withoutSource = await refer(referralBody());
    expect(withoutSource.json()).toMatchObject({ source: 'gp_practice' });
    const onBehalf = await as(worker, 'POST', '/api/referrals', referralBody({ source: 'gp_practice' }));
    expect(onBehalf.statusCode).toBe(201);
    expect(onBehalf.json()).toMatchObject({ source: 'agency' });
  });

  it('a retry with the same Idempotency-Key replays whether or not it sends the ignored source', async () => {
    const body = referralBody();
    const key = crypto.randomUUID();
    const first = await refer({ ...body, source: 'self' }, { 'idempotency-key': key });
    const withoutSource = await refer(body, { 'idempotency-key': key });
    const otherSource = await refer({ ...body, source: 'gp_practice' }, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    for (const retry of [withoutSource, otherSource]) {
      expect(retry.statusCode).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json()).toEqual(first.json());
    }
  });

  it('referrers see only the referrals they made', async () => {
    const made = await refer(referralBody());
    const other = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
    const theirs = await as(other, 'GET', '/api/referrals');
    expect(theirs.json().items.map((r: { id: string }) => r.id)).not.toContain(made.json().id);
    expect((await as(other, 'GET', `/api/referrals/${made.json().id}`)).statusCode).toBe(404);
    expect((await as(referrer, 'GET', `/api/referrals/${made.json().id}`)).statusCode).toBe(200);
  });

  it('walks the pathway: triage, allocation to the worker with most headroom, failed attempt, contact, caseload', async () => {
    const id = (await refer(referralBody())).json().id;
    const skip = await as(supervisor, 'POST', `/api/referrals/${id}/allocate`, { workerId });
    expect(skip.statusCode).toBe(409);

    const triaged = await as(supervisor, 'POST', `/api/referrals/${id}/triage`, {
      urgency: 'soon',
      complexity: 'high',
      riskFlags: ['lives_alone'],
    });
    expect(triaged.json()).toMatchObject({ status: 'triaged', complexity: 'high', riskFlags: ['lives_alone'] });

    const suggestions = await as(supervisor, 'GET', `/api/referrals/${id}/allocation-suggestions`);
    expect(suggestions.json().items[0]).toMatchObject({ workerId, headroom: 40 });

    const allocated = await as(supervisor, 'POST', `/api/referrals/${id}/allocate`, { workerId });
    expect(allocated.json()).toMatchObject({ status: 'allocated', assignedWorkerName: 'Wren Worker' });
    const after = await as(supervisor, 'GET', `/api/referrals/${id}/allocation-suggestions`);
    expect(after.json().items[0]).toMatchObject({ activeCases: 1, weightedLoad: 2, headroom: 38 });

    const failed = await as(worker, 'POST', `/api/referrals/${id}/contacts`, { mode: 'phone', successful: false });
    expect(failed.statusCode).toBe(201);
    await as(worker, 'POST', `/api/referrals/${id}/contacts`, {
      mode: 'phone',
      successful: true,
      durationMinutes: 20,
      notes: 'Talked about the lunch club',
    });
    const referral = await as(worker, 'GET', `/api/referrals/${id}`);
    expect(referral.json()).toMatchObject({ status: 'contacted', failedContactAttempts: 1 });
    expect(referral.json().transitions.map((t: { to: string }) => t.to)).toEqual([
      'received',
      'triaged',
      'allocated',
      'contacted',
    ]);
    // The arrival has no previous state (never "Received → Received").
    expect(referral.json().transitions[0]).toMatchObject({ from: null, to: 'received' });

    const caseload = await as(worker, 'GET', '/api/caseload');
    expect(caseload.json().items).toEqual([
      expect.objectContaining({
        referralId: id,
        status: 'contacted',
        daysSinceLastContact: 0,
        nextAction: 'Write the care plan',
        riskFlags: ['lives_alone'],
      }),
    ]);
    const timeline = await as(worker, 'GET', `/api/people/${referral.json().person.id}/timeline`);
    expect(timeline.json().items.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['referral', 'status', 'contact']),
    );
    // Titles are words, not stored codes ("Referred (gp practice)").
    expect(timeline.json().items.map((e: { title: string }) => e.title)).toEqual(
      expect.arrayContaining(['Referred by a GP practice', 'Failed contact attempt by phone', 'Contact by phone']),
    );
  });

  it('an illegal transition is 409 listing the allowed ones, and each change records who and why', async () => {
    const id = (await refer(referralBody())).json().id;
    const illegal = await as(worker, 'POST', `/api/referrals/${id}/transitions`, { to: 'active', reason: 'skip ahead' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().allowed).toEqual(['triaged', 'declined', 'withdrawn', 'closed_in_error']);
    const withdrawn = await as(worker, 'POST', `/api/referrals/${id}/transitions`, { to: 'withdrawn', reason: 'Moved away' });
    expect(withdrawn.json().transitions.at(-1)).toMatchObject({
      to: 'withdrawn',
      reason: 'Moved away',
      actorName: 'Wren Worker',
    });
  });

  it('two changes from the same state cannot both win: the second is 409 and history shows one', async () => {
    const id = (await refer(referralBody())).json().id;
    const ctx = { actor: null, requestId: 'race' };
    const [referral] = await db().select().from(referrals).where(eq(referrals.id, id));
    if (!referral) throw new Error('no referral');
    await db().transaction((tx) => changeStatus(tx, ctx, { referral, to: 'declined', reason: 'First' }));
    await expect(
      db().transaction((tx) => changeStatus(tx, ctx, { referral, to: 'withdrawn', reason: 'Second, from a stale read' })),
    ).rejects.toMatchObject({
      code: 'conflict',
      extra: { allowed: [] },
    });
    const after = (await as(supervisor, 'GET', `/api/referrals/${id}`)).json();
    expect(after.status).toBe('declined');
    expect(after.transitions.map((t: { to: string }) => t.to)).toEqual(['received', 'declined']);
  });

  it('three failed attempts make an allocated referral not reached', async () => {
    const id = (await refer(referralBody())).json().id;
    await as(supervisor, 'POST', `/api/referrals/${id}/triage`, { urgency: 'routine', complexity: 'low' });
    await as(supervisor, 'POST', `/api/referrals/${id}/allocate`, { workerId });
    for (let i = 0; i < 3; i++) await as(worker, 'POST', `/api/referrals/${id}/contacts`, { mode: 'phone', successful: false });
    expect((await as(worker, 'GET', `/api/referrals/${id}`)).json()).toMatchObject({
      status: 'not_reached',
      failedContactAttempts: 3,
    });
  });

  it('reading a person is audited, and another PCN cannot see them', async () => {
    const made = (await refer(referralBody())).json();
    const referral = (await as(worker, 'GET', `/api/referrals/${made.id}`)).json();
    const read = await as(worker, 'GET', `/api/people/${referral.person.id}`);
    expect(read.statusCode).toBe(200);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, read.headers['x-request-id'] as string));
    expect(event).toMatchObject({ action: 'read', recordType: 'person', recordId: referral.person.id });
    const elsewhere = await createTestTenant(db());
    const stranger = await signIn(app, await createTestUser(db(), [{ organisationId: elsewhere.pcn, role: 'link_worker' }]));
    expect((await as(stranger, 'GET', `/api/people/${referral.person.id}`)).statusCode).toBe(404);
    expect((await as(stranger, 'GET', `/api/referrals/${referral.id}`)).statusCode).toBe(404);
  });
});

import type { ReferralStatus } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReasonWithSnomed, createTestReferral, recordTestContact } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, referralTransitions } from '../../db/schema/index.ts';

const DECLINED = { code: '871711000000103', term: 'Social prescribing declined (situation)', verified: true, use: 'declined' };
const TOOK_UP = {
  code: '871731000000106',
  term: 'Referral to social prescribing service (procedure)',
  verified: true,
  use: 'taken_up',
};

/** Issue 8 (every ending produces a message back) and issue 12 (writes to a closed case are 409 with `allowed`). */
describe('a message back for every ending, and a closed case stays closed', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  let supervisor: SignedIn;
  let referrerId: string;
  let referrer: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    const referrerUser = await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]);
    referrerId = referrerUser.id;
    referrer = await signIn(app, referrerUser);
  });
  afterAll(() => app.close());

  const newReferral = (status: ReferralStatus, reasons?: string[]) =>
    createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: ['received', 'triaged'].includes(status) ? null : workerId,
      referrerUserId: referrerId,
      status,
      reasons,
    });
  const send = (who: SignedIn, method: 'POST' | 'PUT', url: string, payload: object) =>
    app.inject({ method, url, headers: who.writeHeaders, payload });
  const end = (id: string, to: ReferralStatus, reason: string) =>
    send(supervisor, 'POST', `/api/referrals/${id}/transitions`, { to, reason });
  const messageBack = (id: string, who: SignedIn = referrer) =>
    app.inject({ url: `/api/referrals/${id}/message-back`, headers: { cookie: who.cookie } });

  it('declined: the referrer gets what, when and why, with 871711000000103 and the reason codes', async () => {
    const reason = await createTestReasonWithSnomed(db());
    const referral = await newReferral('triaged', ['loneliness', reason.code]);
    expect((await messageBack(referral.id)).statusCode).toBe(404);
    expect((await end(referral.id, 'declined', 'Would rather not be contacted')).statusCode).toBe(200);
    const response = await messageBack(referral.id);
    expect(response.statusCode).toBe(200);
    const [closing] = await db()
      .select()
      .from(referralTransitions)
      .where(and(eq(referralTransitions.referralId, referral.id), eq(referralTransitions.toStatus, 'declined')));
    expect(response.json()).toMatchObject({
      referralId: referral.id,
      personName: `${referral.givenName} ${referral.familyName}`,
      nhsNumber: referral.nhsNumber,
      ending: 'declined',
      outcome: 'declined',
      whatHappened: 'The person declined social prescribing.',
      reason: 'Would rather not be contacted',
      endedAt: closing?.at.toISOString(),
      dischargedAt: null,
      snomedCodes: [DECLINED, { code: reason.snomedCode, term: reason.label, verified: false, use: 'referral_reason' }],
    });
  });

  it('declined after taking the referral up carries both codes', async () => {
    const referral = await newReferral('active');
    await recordTestContact(db(), referral, { successful: true, workerUserId: workerId });
    await end(referral.id, 'declined', 'Does not want to carry on');
    expect((await messageBack(referral.id)).json().snomedCodes).toEqual([TOOK_UP, DECLINED]);
  });

  it('not reached after three failed attempts: the GP is told the person could not be reached', async () => {
    const referral = await newReferral('allocated');
    for (let i = 0; i < 3; i++) {
      const attempt = await send(worker, 'POST', `/api/referrals/${referral.id}/contacts`, { mode: 'phone', successful: false });
      expect(attempt.statusCode).toBe(201);
    }
    const response = await messageBack(referral.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ending: 'not_reached',
      whatHappened:
        'The social prescribing team could not reach the person after 3 attempts to contact them, so the referral has been closed.',
      reason: 'No contact after 3 attempts',
      snomedCodes: [],
    });
  });

  it('withdrawn and closed in error produce a message back too (no codes for a referral made in error)', async () => {
    const withdrawn = await newReferral('received');
    await end(withdrawn.id, 'withdrawn', 'The practice withdrew it: moved out of area');
    expect((await messageBack(withdrawn.id)).json()).toMatchObject({
      ending: 'withdrawn',
      reason: 'The practice withdrew it: moved out of area',
      whatHappened: expect.stringContaining('withdrawn'),
    });
    const inError = await newReferral('received');
    await end(inError.id, 'closed_in_error', 'Duplicate of another referral');
    expect((await messageBack(inError.id)).json()).toMatchObject({
      ending: 'closed_in_error',
      reason: 'Duplicate of another referral',
      snomedCodes: [],
    });
  });

  it('every ending records the message back in the transaction that closed the referral', async () => {
    const referral = await newReferral('triaged');
    const response = await end(referral.id, 'declined', 'Declined at first call');
    const requestId = String(response.headers['x-request-id']);
    const events = await db().select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'state_change', recordId: referral.id }),
        expect.objectContaining({
          action: 'create',
          recordType: 'message_back',
          recordId: referral.id,
          detail: { ending: 'declined', referrerUserId: referrerId },
        }),
      ]),
    );
  });

  it('the referrer’s view of a closed referral says when it ended and that the message back is ready', async () => {
    const referral = await newReferral('triaged');
    await end(referral.id, 'declined', 'Declined');
    const view = (await app.inject({ url: `/api/referrals/${referral.id}`, headers: { cookie: referrer.cookie } })).json();
    expect(view).toMatchObject({ access: 'referrer', status: 'declined', closedAt: expect.any(String), messageBackReady: true });
  });

  it('writes to a closed case are 409 with allowed [] (care plan, measures, contacts, endings, allocation)', async () => {
    const referral = await newReferral('active');
    await end(referral.id, 'withdrawn', 'Withdrawn');
    const url = `/api/referrals/${referral.id}`;
    const writes = [
      send(worker, 'PUT', `${url}/care-plan`, { baseVersion: 0, whatMatters: 'x', goals: [], actions: [], reviewDate: null }),
      send(worker, 'POST', `${url}/outcome-measures`, { instrument: 'ucla3', timepoint: 'baseline', items: [1, 1, 1] }),
      send(worker, 'POST', `${url}/contacts`, { mode: 'phone', successful: true }),
      send(worker, 'POST', `${url}/discharge`, { outcome: 'goals_met', reason: 'Done' }),
      send(supervisor, 'POST', `${url}/transitions`, { to: 'declined', reason: 'Late' }),
      send(supervisor, 'POST', `${url}/allocate`, { workerId, expectedWorkerId: workerId }),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().allowed).toEqual([]);
    }
  });

  it('a stale care plan save on an open case is 409 listing where the referral can go', async () => {
    const referral = await newReferral('active');
    const plan = { whatMatters: 'Walking', goals: [], actions: [], reviewDate: null };
    const url = `/api/referrals/${referral.id}/care-plan`;
    expect((await send(worker, 'PUT', url, { ...plan, baseVersion: 0 })).statusCode).toBe(200);
    const stale = await send(worker, 'PUT', url, { ...plan, baseVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().allowed).toEqual(['discharged', 'declined', 'withdrawn', 'closed_in_error']);
  });
});

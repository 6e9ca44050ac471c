import type { ReferralStatus } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReasonWithSnomed, createTestReferral, recordTestContact } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, referrals, referralTransitions } from '../../db/schema/index.ts';

const SOCIAL_PRESCRIBING_REFERRAL = {
  code: '871731000000106',
  term: 'Referral to social prescribing service (procedure)',
  verified: true,
  use: 'taken_up',
};

describe('discharge and message back', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  let referrerId: string;
  let referrer: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    const referrerUser = await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]);
    referrerId = referrerUser.id;
    referrer = await signIn(app, referrerUser);
  });
  afterAll(() => app.close());

  const newReferral = (status: ReferralStatus = 'active', reasons?: string[]) =>
    createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: referrerId,
      status,
      reasons,
    });
  const discharge = (referralId: string, session = worker) =>
    app.inject({
      method: 'POST',
      url: `/api/referrals/${referralId}/discharge`,
      headers: session.writeHeaders,
      payload: {
        outcome: 'goals_met',
        reason: 'Goals met: attends the walking group weekly',
        summary: 'Ada now meets friends twice a week.',
      },
    });
  const messageBack = (referralId: string, session: SignedIn) =>
    app.inject({ url: `/api/referrals/${referralId}/message-back`, headers: { cookie: session.cookie } });
  const transitionsOf = (referralId: string) =>
    db().select().from(referralTransitions).where(eq(referralTransitions.referralId, referralId));
  const referralRow = async (referralId: string) => (await db().select().from(referrals).where(eq(referrals.id, referralId)))[0];

  it('discharging an active referral records the transition and outcome, and the message back carries the SNOMED codes after a successful contact', async () => {
    const reason = await createTestReasonWithSnomed(db());
    const referral = await newReferral('active', ['loneliness', reason.code]);
    await recordTestContact(db(), referral, { successful: false, workerUserId: workerId });
    await recordTestContact(db(), referral, { successful: true, workerUserId: workerId });
    const measure = (timepoint: string, items: number[]) =>
      app.inject({
        method: 'POST',
        url: `/api/referrals/${referral.id}/outcome-measures`,
        headers: worker.writeHeaders,
        payload: { instrument: 'ucla3', timepoint, items },
      });
    await measure('baseline', [3, 3, 3]);
    await measure('discharge', [1, 2, 1]);

    const response = await discharge(referral.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      referralId: referral.id,
      // The letter is from the PCN's assigned link worker, about the person.
      letter: {
        toOrganisation: null,
        referrerName: null,
        personDateOfBirth: null,
        linkWorkerName: 'Test User',
        pcnName: expect.stringMatching(/\S/),
      },
      personName: `${referral.givenName} ${referral.familyName}`,
      nhsNumber: referral.nhsNumber,
      outcome: 'goals_met',
      reason: 'Goals met: attends the walking group weekly',
      summary: 'Ada now meets friends twice a week.',
      measureChanges: [{ instrument: 'ucla3', figure: 'Loneliness total', baseline: 9, latest: 4, change: -5, improvement: 5 }],
      servicesConnected: [],
      snomedCodes: [
        SOCIAL_PRESCRIBING_REFERRAL,
        { code: reason.snomedCode, term: reason.label, verified: false, use: 'referral_reason' },
      ],
      ending: 'discharged',
      whatHappened: 'The person has been discharged from social prescribing.',
      endedAt: expect.any(String),
      dischargedAt: expect.any(String),
    });
    expect(response.json().endedAt).toBe(response.json().dischargedAt);
    expect(await referralRow(referral.id)).toMatchObject({
      status: 'discharged',
      dischargeOutcome: 'goals_met',
      dischargeReason: 'Goals met: attends the walking group weekly',
      dischargeSummary: 'Ada now meets friends twice a week.',
      dischargedAt: new Date(response.json().dischargedAt),
    });
    expect(await transitionsOf(referral.id)).toMatchObject([
      {
        fromStatus: 'active',
        toStatus: 'discharged',
        actorUserId: workerId,
        reason: 'Goals met: attends the walking group weekly',
      },
    ]);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, referral.id), eq(auditEvents.action, 'state_change')));
    expect(event).toMatchObject({
      recordType: 'referral',
      actorRole: 'link_worker',
      detail: { from: 'active', to: 'discharged' },
    });
  });

  it('without a successful contact the message back has no social prescribing code', async () => {
    const referral = await newReferral('contacted');
    await recordTestContact(db(), referral, { successful: false, workerUserId: workerId });
    const response = await discharge(referral.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ snomedCodes: [], measureChanges: [] });
  });

  it('discharging a referral that was only received is a 409 listing where it can go, and changes nothing', async () => {
    const referral = await newReferral('received');
    const response = await discharge(referral.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: 'conflict',
      allowed: ['triaged', 'declined', 'withdrawn', 'closed_in_error'],
    });
    expect(response.json().message).toBe(
      'A referral that is Received cannot be discharged: only Contacted or Active referrals can.',
    );
    expect(await referralRow(referral.id)).toMatchObject({ status: 'received', dischargedAt: null });
    expect(await transitionsOf(referral.id)).toEqual([]);
  });

  it('a referral is discharged only once', async () => {
    const referral = await newReferral();
    expect((await discharge(referral.id)).statusCode).toBe(200);
    const again = await discharge(referral.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ allowed: [] });
    expect(await transitionsOf(referral.id)).toHaveLength(1);
  });

  it('the referrer who made the referral reads the message back, audited under their referrer role', async () => {
    const referral = await newReferral();
    await discharge(referral.id);
    const response = await messageBack(referral.id, referrer);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ referralId: referral.id, nhsNumber: referral.nhsNumber, outcome: 'goals_met' });
    const events = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordId, referral.id), eq(auditEvents.action, 'read'), eq(auditEvents.recordType, 'message_back')),
      );
    expect(events).toMatchObject([
      { recordType: 'message_back', actorUserId: referrerId, actorRole: 'referrer', actorOrganisationId: tenant.practice },
    ]);
  });

  it('another referrer gets 404 for the message back', async () => {
    const referral = await newReferral();
    await discharge(referral.id);
    const stranger = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
    expect((await messageBack(referral.id, stranger)).statusCode).toBe(404);
  });

  it('there is no message back before discharge', async () => {
    const referral = await newReferral();
    const response = await messageBack(referral.id, worker);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('it is still open');
  });

  it('a link worker of another tenant gets 404 for discharge and the message back', async () => {
    const other = await createTestTenant(db());
    const outsider = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    const referral = await newReferral();
    expect((await discharge(referral.id, outsider)).statusCode).toBe(404);
    expect(await referralRow(referral.id)).toMatchObject({ status: 'active' });
    await discharge(referral.id);
    expect((await messageBack(referral.id, outsider)).statusCode).toBe(404);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, outcomeMeasures } from '../../db/schema/index.ts';

describe('outcome measures', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
  });
  afterAll(() => app.close());

  const newReferral = (status: 'active' | 'declined' = 'active') =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: workerId, referrerUserId: null, status });
  const record = (referralId: string, payload: object, session = worker) =>
    app.inject({ method: 'POST', url: `/api/referrals/${referralId}/outcome-measures`, headers: session.writeHeaders, payload });
  const summary = (referralId: string, session = worker) =>
    app.inject({ url: `/api/referrals/${referralId}/outcome-measures`, headers: { cookie: session.cookie } });
  const storedFor = (referralId: string) => db().select().from(outcomeMeasures).where(eq(outcomeMeasures.referralId, referralId));

  it('SWEMWBS with every answer 3 scores raw 21 and metric 19.25, stored with the raw items', async () => {
    const referral = await newReferral();
    const response = await record(referral.id, { instrument: 'swemwbs', timepoint: 'baseline', items: [3, 3, 3, 3, 3, 3, 3] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ instrument: 'swemwbs', timepoint: 'baseline', rawTotal: 21, metricScore: 19.25 });
    expect(await storedFor(referral.id)).toMatchObject([
      { personId: referral.personId, items: [3, 3, 3, 3, 3, 3, 3], rawTotal: 21, metricScore: 19.25, recordedBy: workerId },
    ]);
    const [audited] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, response.json().id), eq(auditEvents.action, 'create')));
    expect(audited).toMatchObject({ recordType: 'outcome_measure', detail: { referralId: referral.id, instrument: 'swemwbs' } });
  });

  it('a SWEMWBS answer of 6 is a 400 naming the item, and nothing is stored', async () => {
    const referral = await newReferral();
    const response = await record(referral.id, { instrument: 'swemwbs', timepoint: 'baseline', items: [3, 3, 6, 3, 3, 3, 3] });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'validation',
      issues: [{ path: 'items.2', message: 'Answer question 3 with a whole number from 1 to 5' }],
    });
    expect(await storedFor(referral.id)).toEqual([]);
  });

  it('the wrong number of answers is a 400 naming items', async () => {
    const referral = await newReferral();
    const response = await record(referral.id, { instrument: 'ons4', timepoint: 'baseline', items: [5, 5, 5] });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'items', message: 'ONS4 personal wellbeing has 4 items; 3 were given' }]);
  });

  it('ONS4 keeps no composite score, and its change shows anxiety falling as an improvement', async () => {
    const referral = await newReferral();
    const baseline = await record(referral.id, { instrument: 'ons4', timepoint: 'baseline', items: [4, 5, 4, 8] });
    expect(baseline.json()).toMatchObject({ items: [4, 5, 4, 8], rawTotal: null, metricScore: null });
    await record(referral.id, { instrument: 'ons4', timepoint: 'review', items: [7, 7, 6, 3] });
    const response = await summary(referral.id);
    expect(response.statusCode).toBe(200);
    expect(response.json().changes).toEqual([
      { instrument: 'ons4', figure: 'Life satisfaction', baseline: 4, latest: 7, change: 3, improvement: 3 },
      { instrument: 'ons4', figure: 'Worthwhile', baseline: 5, latest: 7, change: 2, improvement: 2 },
      { instrument: 'ons4', figure: 'Happiness', baseline: 4, latest: 6, change: 2, improvement: 2 },
      { instrument: 'ons4', figure: 'Anxiety', baseline: 8, latest: 3, change: -5, improvement: 5 },
    ]);
  });

  it('lists measures oldest first, with a change only for instruments that have a baseline and a follow-up', async () => {
    const referral = await newReferral();
    await record(referral.id, { instrument: 'swemwbs', timepoint: 'baseline', items: [2, 2, 2, 2, 2, 2, 2] });
    await record(referral.id, { instrument: 'ucla3', timepoint: 'baseline', items: [3, 3, 3] });
    await record(referral.id, { instrument: 'swemwbs', timepoint: 'review', items: [3, 3, 3, 3, 3, 3, 3] });
    await record(referral.id, { instrument: 'swemwbs', timepoint: 'discharge', items: [4, 4, 4, 4, 4, 4, 4] });
    const body = (await summary(referral.id)).json();
    expect(body.measures.map((m: { instrument: string; timepoint: string }) => `${m.instrument}:${m.timepoint}`)).toEqual([
      'swemwbs:baseline',
      'ucla3:baseline',
      'swemwbs:review',
      'swemwbs:discharge',
    ]);
    // Baseline raw 14 (metric 15.32) → latest raw 28 (metric 25.03); UCLA has no follow-up yet.
    expect(body.changes).toEqual([
      { instrument: 'swemwbs', figure: 'Metric score', baseline: 15.32, latest: 25.03, change: 9.71, improvement: 9.71 },
    ]);
  });

  it('reading the measures is audited', async () => {
    const referral = await newReferral();
    await summary(referral.id);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, referral.id), eq(auditEvents.action, 'read')));
    expect(events).toMatchObject([{ recordType: 'outcome_measures', actorUserId: workerId, actorRole: 'link_worker' }]);
  });

  it('no measure is added to a closed referral', async () => {
    const referral = await newReferral('declined');
    const response = await record(referral.id, { instrument: 'ucla3', timepoint: 'review', items: [1, 1, 1] });
    expect(response.statusCode).toBe(409);
    expect(await storedFor(referral.id)).toEqual([]);
  });

  it('a link worker of another tenant gets 404 for recording and reading', async () => {
    const other = await createTestTenant(db());
    const outsider = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    const referral = await newReferral();
    expect(
      (await record(referral.id, { instrument: 'ucla3', timepoint: 'baseline', items: [1, 2, 3] }, outsider)).statusCode,
    ).toBe(404);
    expect((await summary(referral.id, outsider)).statusCode).toBe(404);
    expect(await storedFor(referral.id)).toEqual([]);
  });
});

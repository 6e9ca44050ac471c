import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, carePlanVersions } from '../../db/schema/index.ts';

describe('care plan', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  let colleague: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Priya Link',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    colleague = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Sam Colleague' }),
    );
  });
  afterAll(() => app.close());

  const newReferral = (status: 'active' | 'discharged' = 'active') =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: workerId, referrerUserId: null, status });
  const plan = (baseVersion: number, whatMatters: string) => ({
    baseVersion,
    whatMatters,
    goals: [{ id: 'g1', text: 'Get out of the house twice a week' }],
    actions: [{ id: 'a1', text: 'Try the Tuesday walking group', owner: 'Ada', dueDate: '2030-03-01', done: false }],
    reviewDate: '2030-04-01',
  });
  const save = (referralId: string, body: object, session = worker) =>
    app.inject({ method: 'PUT', url: `/api/referrals/${referralId}/care-plan`, headers: session.writeHeaders, payload: body });
  const read = (referralId: string, session = worker) =>
    app.inject({ url: `/api/referrals/${referralId}/care-plan`, headers: { cookie: session.cookie } });
  const versionsOf = (referralId: string) =>
    db()
      .select()
      .from(carePlanVersions)
      .where(eq(carePlanVersions.referralId, referralId))
      .orderBy(asc(carePlanVersions.version));

  it('a referral without a plan reads as version 0 with nothing filled in, and the read is audited', async () => {
    const referral = await newReferral();
    const response = await read(referral.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      referralId: referral.id,
      version: 0,
      whatMatters: '',
      goals: [],
      actions: [],
      reviewDate: null,
      updatedAt: null,
      updatedByName: null,
    });
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'care_plan'), eq(auditEvents.recordId, referral.id), eq(auditEvents.action, 'read')));
    expect(events).toMatchObject([{ actorUserId: workerId, actorRole: 'link_worker', actorOrganisationId: tenant.pcn }]);
  });

  it('the first save from version 0 stores version 1, records it in the versions table and audits the creation', async () => {
    const referral = await newReferral();
    const saved = await save(referral.id, plan(0, 'Feeling less alone'));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, whatMatters: 'Feeling less alone', updatedByName: 'Priya Link' });
    expect((await read(referral.id)).json()).toMatchObject({
      version: 1,
      whatMatters: 'Feeling less alone',
      goals: [{ id: 'g1' }],
      actions: [{ id: 'a1', owner: 'Ada', dueDate: '2030-03-01', done: false }],
      reviewDate: '2030-04-01',
      updatedByName: 'Priya Link',
    });
    expect(await versionsOf(referral.id)).toMatchObject([
      { version: 1, savedBy: workerId, snapshot: { whatMatters: 'Feeling less alone' } },
    ]);
    const [created] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, referral.id), eq(auditEvents.action, 'create')));
    expect(created).toMatchObject({ recordType: 'care_plan', detail: { version: 1 } });
  });

  it('of two saves from the same base version the second is 409 naming who saved, and the first is kept', async () => {
    const referral = await newReferral();
    expect((await save(referral.id, plan(0, 'First draft'), colleague)).statusCode).toBe(200);
    const mine = await save(referral.id, plan(0, 'My competing draft'));
    expect(mine.statusCode).toBe(409);
    expect(mine.json()).toMatchObject({
      error: 'conflict',
      message:
        'Someone else saved this plan since you opened it (version 1 by Sam Colleague). Your changes have not been saved: copy them, reload the plan and apply them again.',
    });
    expect((await read(referral.id)).json()).toMatchObject({
      version: 1,
      whatMatters: 'First draft',
      updatedByName: 'Sam Colleague',
    });
    expect(await versionsOf(referral.id)).toMatchObject([{ version: 1, snapshot: { whatMatters: 'First draft' } }]);
  });

  it('a save based on the newest version succeeds, and every version stays in the versions table', async () => {
    const referral = await newReferral();
    await save(referral.id, plan(0, 'First draft'), colleague);
    const second = await save(referral.id, plan(1, 'Reworked after the review'));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, whatMatters: 'Reworked after the review', updatedByName: 'Priya Link' });
    expect((await save(referral.id, plan(1, 'Stale edit'), colleague)).statusCode).toBe(409);
    expect((await versionsOf(referral.id)).map((v) => [v.version, (v.snapshot as { whatMatters: string }).whatMatters])).toEqual([
      [1, 'First draft'],
      [2, 'Reworked after the review'],
    ]);
  });

  it('of two simultaneous saves on the same base exactly one wins, for a new plan and for an existing one', async () => {
    const referral = await newReferral();
    for (const base of [0, 1]) {
      const responses = await Promise.all([
        save(referral.id, plan(base, `A${base}`)),
        save(referral.id, plan(base, `B${base}`), colleague),
      ]);
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const winner = responses.find((r) => r.statusCode === 200)?.json();
      expect((await read(referral.id)).json()).toMatchObject({ version: base + 1, whatMatters: winner.whatMatters });
    }
    expect((await versionsOf(referral.id)).map((v) => v.version)).toEqual([1, 2]);
  });

  it('a save whose base version is ahead of the stored plan is a 409 too', async () => {
    const referral = await newReferral();
    const response = await save(referral.id, plan(3, 'From nowhere'));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('has not been saved yet');
    expect(await versionsOf(referral.id)).toEqual([]);
  });

  it('the plan of a discharged referral cannot be changed', async () => {
    const referral = await newReferral('discharged');
    const response = await save(referral.id, plan(0, 'Too late'));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('This referral is closed (Discharged), so its care plan can no longer be changed.');
    expect(response.json().allowed).toEqual([]);
    expect(await versionsOf(referral.id)).toEqual([]);
  });

  it('an action without an owner is a 400 naming the field', async () => {
    const referral = await newReferral();
    const body = { ...plan(0, 'x'), actions: [{ id: 'a1', text: 'Call the lunch club', owner: ' ', dueDate: null }] };
    const response = await save(referral.id, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'actions.0.owner' })]);
  });

  it('a link worker of another tenant gets 404 for reading and saving', async () => {
    const other = await createTestTenant(db());
    const outsider = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    const referral = await newReferral();
    expect((await read(referral.id, outsider)).statusCode).toBe(404);
    expect((await save(referral.id, plan(0, 'Not mine'), outsider)).statusCode).toBe(404);
    expect(await versionsOf(referral.id)).toEqual([]);
  });
});

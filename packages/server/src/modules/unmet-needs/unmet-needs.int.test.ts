import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';

/** A seeded need term (migration 0007): "Loneliness or social isolation". */
const LONELINESS = '5e3d0000-0000-4000-8000-000000000002';

describe('unmet needs', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let otherPcn: string;
  let worker: SignedIn;
  let workerId: string;
  let manager: SignedIn;
  let otherWorker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wendy Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
    otherWorker = await signIn(app, await createTestUser(db(), [{ organisationId: otherPcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const record = (payload: Record<string, unknown>, session = worker) =>
    app.inject({
      method: 'POST',
      url: '/api/unmet-needs',
      headers: session.writeHeaders,
      payload: { needTermId: LONELINESS, area: 'LS6', reason: 'full', ...payload },
    });
  const list = (session: SignedIn, query = '') =>
    app.inject({ url: `/api/unmet-needs${query}`, headers: { cookie: session.cookie } });

  it("records a person's unmet need for their PCN, audited and on their timeline", async () => {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
    });
    const response = await record({ personId: referral.personId, note: 'Both groups nearby are full until spring' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      organisationId: tenant.pcn,
      personId: referral.personId,
      needTermId: LONELINESS,
      needName: 'Loneliness or social isolation',
      area: 'LS6',
      reason: 'full',
      note: 'Both groups nearby are full until spring',
      recordedByName: 'Wendy Worker',
    });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, response.json().id), eq(auditEvents.action, 'create')));
    expect(audit).toMatchObject([{ recordType: 'unmet_need', actorUserId: workerId }]);
    const timeline = await app.inject({ url: `/api/people/${referral.personId}/timeline`, headers: { cookie: worker.cookie } });
    expect(timeline.json().items).toContainEqual(
      expect.objectContaining({
        kind: 'unmet_need',
        title: 'Unmet need: Loneliness or social isolation (services are full)',
        referralId: null,
      }),
    );
  });

  it('without a person, needs the organisation, in the caller’s scope', async () => {
    const missing = await record({});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([{ path: 'organisationId', message: expect.any(String) }]);
    expect((await record({ organisationId: otherPcn })).statusCode).toBe(404);
    const recorded = await record({ organisationId: tenant.pcn, reason: 'no_service' });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ organisationId: tenant.pcn, personId: null, reason: 'no_service' });
  });

  it('refuses a need term that does not exist, naming needTermId, and a person of another PCN with 404', async () => {
    const unknown = await record({ organisationId: tenant.pcn, needTermId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([{ path: 'needTermId', message: expect.any(String) }]);
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    expect((await record({ personId: referral.personId }, otherWorker)).statusCode).toBe(404);
    // PCN managers read unmet needs but do not record them.
    expect((await record({ organisationId: tenant.pcn }, manager)).statusCode).toBe(403);
  });

  it('lists only the needs of organisations in scope, newest first, filtered by person', async () => {
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    const first = (await record({ organisationId: tenant.pcn, area: 'LS7' })).json();
    const second = (await record({ personId: referral.personId, area: 'LS8' })).json();
    const theirs = (await record({ organisationId: otherPcn, area: 'LS9' }, otherWorker)).json();

    const managerView = await list(manager, '?pageSize=200');
    expect(managerView.statusCode).toBe(200);
    const ids = managerView.json().items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(ids).not.toContain(theirs.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(managerView.json()).toMatchObject({ page: 1, pageSize: 200, total: ids.length });

    const byPerson = await list(worker, `?personId=${referral.personId}`);
    expect(byPerson.json().items.map((i: { id: string }) => i.id)).toEqual([second.id]);
    expect((await list(otherWorker, `?organisationId=${tenant.pcn}`)).statusCode).toBe(404);
    const listed = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'unmet_need'), eq(auditEvents.action, 'list')));
    expect(listed.length).toBeGreaterThan(0);
  });
});

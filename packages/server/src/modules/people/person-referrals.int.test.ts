import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, referrals } from '../../db/schema/index.ts';

describe("a person's referrals", () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let workerId: string;
  let otherPcnWorker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wendy Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    const other = await createTestTenant(db());
    otherPcnWorker = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const list = (personId: string, session = worker) =>
    app.inject({ url: `/api/people/${personId}/referrals`, headers: { cookie: session.cookie } });

  /** A further referral of the same person, made `daysAgo` days ago. */
  async function addReferral(personId: string, daysAgo: number, status: 'discharged' | 'received', reasons: string[]) {
    const [row] = await db()
      .insert(referrals)
      .values({
        organisationId: tenant.pcn,
        personId,
        source: 'gp_practice',
        status,
        reasons,
        referrerUserId: null,
        assignedWorkerId: null,
        consentToReferral: true,
        consentToDataSharing: true,
        createdAt: new Date(Date.now() - daysAgo * 86_400_000),
      })
      .returning({ id: referrals.id });
    if (!row) throw new Error('insert returned no referral');
    return row.id;
  }

  it("lists only that person's referrals, newest first, with reason labels and worker name", async () => {
    const current = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
      reasons: ['loneliness'],
    });
    const oldest = await addReferral(current.personId, 400, 'discharged', ['debt']);
    const middle = await addReferral(current.personId, 30, 'received', []);
    const someoneElse = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: null,
      referrerUserId: null,
    });

    const response = await list(current.personId);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { id: string }[];
    expect(items.map((item) => item.id)).toEqual([current.id, middle, oldest]);
    expect(items.map((item) => item.id)).not.toContain(someoneElse.id);
    expect(items[0]).toEqual({
      id: current.id,
      status: 'active',
      reasons: [expect.objectContaining({ code: 'loneliness', label: expect.any(String) })],
      createdAt: expect.any(String),
      assignedWorkerName: 'Wendy Worker',
    });
    expect(items[2]).toMatchObject({ status: 'discharged', assignedWorkerName: null });
  });

  it("is 404 for a link worker of another PCN, and shows none of the person's referrals", async () => {
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    const response = await list(referral.personId, otherPcnWorker);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(referral.id);
  });

  it('is 404 for a person who does not exist', async () => {
    const response = await list(crypto.randomUUID());
    expect(response.statusCode).toBe(404);
  });

  it('records the read in the audit trail with the count, not the details', async () => {
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    expect((await list(referral.personId)).statusCode).toBe(200);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, referral.personId), eq(auditEvents.recordType, 'person_referrals')));
    expect(events).toMatchObject([
      { action: 'read', actorUserId: workerId, actorRole: 'link_worker', actorOrganisationId: tenant.pcn, detail: { count: 1 } },
    ]);
  });

  it('POST /api/people with a known NHS number but another surname is 409, not the existing record', async () => {
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    const create = (familyName: string) =>
      app.inject({
        method: 'POST',
        url: '/api/people',
        headers: worker.writeHeaders,
        payload: { organisationId: tenant.pcn, givenName: 'Ada', familyName, nhsNumber: referral.nhsNumber },
      });
    const same = await create(referral.familyName.toUpperCase());
    expect(same.statusCode).toBe(200);
    expect(same.json().id).toBe(referral.personId);
    const other = await create('Someone-Else');
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ allowed: [], issues: [expect.objectContaining({ path: 'nhsNumber' })] });
  });
});

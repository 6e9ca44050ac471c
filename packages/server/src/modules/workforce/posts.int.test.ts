import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { postBody } from './workforce-test-data.ts';

describe('workforce posts', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let manager: SignedIn;
  let supervisor: SignedIn;
  let otherManager: SignedIn;
  let linkWorkerId: string;
  let outsiderId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    other = await createTestTenant(db());
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    otherManager = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'pcn_manager' }]));
    linkWorkerId = (
      await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Lee Worker' })
    ).id;
    outsiderId = (await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }])).id;
  });
  afterAll(() => app.close());

  const create = (payload: Record<string, unknown>, session = manager) =>
    app.inject({ method: 'POST', url: '/api/workforce/posts', headers: session.writeHeaders, payload });

  it('POST /api/workforce/posts creates a post a supervisor can read, and audits it', async () => {
    const response = await create(
      postBody(tenant, { holderName: null, holderUserId: linkWorkerId, lineManagerUserId: linkWorkerId }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const post = response.json();
    expect(post).toMatchObject({ pcnId: tenant.pcn, holderDisplayName: 'Lee Worker', band: '5', startingPayPoint: 3, wte: 1 });

    const list = await app.inject({ url: `/api/workforce/posts?pcnId=${tenant.pcn}`, headers: { cookie: supervisor.cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ canManage: false, items: [expect.objectContaining({ id: post.id })] });

    const audit = await db().select().from(auditEvents).where(eq(auditEvents.recordId, post.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('PUT /api/workforce/posts/:id replaces the details and audits the changed fields', async () => {
    const post = (await create(postBody(tenant))).json();
    const response = await app.inject({
      method: 'PUT',
      url: `/api/workforce/posts/${post.id}`,
      headers: manager.writeHeaders,
      payload: { ...postBody(tenant, { wte: 0.8, band: null, startingPayPoint: null, spotSalary: 30000 }), pcnId: undefined },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ wte: 0.8, band: null, spotSalary: 30000 });
    const updates = await db().select().from(auditEvents).where(eq(auditEvents.recordId, post.id));
    expect(updates.find((a) => a.action === 'update')?.detail).toMatchObject({
      changed: expect.arrayContaining(['wte', 'spotSalary']),
    });
  });

  it("another PCN's manager gets 404 for the posts, the post and a change to it", async () => {
    const post = (await create(postBody(tenant))).json();
    const list = await app.inject({ url: `/api/workforce/posts?pcnId=${tenant.pcn}`, headers: { cookie: otherManager.cookie } });
    expect(list.statusCode).toBe(404);
    const one = await app.inject({ url: `/api/workforce/posts/${post.id}`, headers: { cookie: otherManager.cookie } });
    expect(one.statusCode).toBe(404);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/workforce/posts/${post.id}`,
      headers: otherManager.writeHeaders,
      payload: postBody(tenant),
    });
    expect(put.statusCode).toBe(404);
    expect((await create(postBody(tenant), otherManager)).statusCode).toBe(404);
  });

  it('a supervisor may read but not add posts (403)', async () => {
    expect((await create(postBody(tenant), supervisor)).statusCode).toBe(403);
  });

  it.each([
    [{ band: null, startingPayPoint: null }, 'band', 'Choose a band, or enter a spot salary'],
    [{ spotSalary: 30000 }, 'spotSalary', 'not both'],
    [{ band: '4', startingPayPoint: 3 }, 'startingPayPoint', 'Band 4 has pay points 1 to 2'],
    [{ wte: 1.5 }, 'wte', 'WTE must be 1 or less'],
    [{ endDate: '2024-01-01' }, 'endDate', 'on or after the start date'],
    [{ managementCostPerWte: 1000 }, 'managementCostPerWte', 'only to posts subcontracted'],
    [{ startDate: '2024-02-30' }, 'startDate', 'real start date'],
  ])('POST /api/workforce/posts names the field at fault (%o)', async (overrides, path, message) => {
    const response = await create(postBody(tenant, overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path, message: expect.stringContaining(message) })]),
    );
  });

  it('rejects an employer that does not match the employment model or does not serve the PCN', async () => {
    const vcseAsLead = await create(postBody(tenant, { employerId: tenant.vcse }));
    expect(vcseAsLead.statusCode).toBe(400);
    expect(vcseAsLead.json().issues[0]).toMatchObject({
      path: 'employerId',
      message: expect.stringContaining("PCN's practices"),
    });
    const foreign = await create(postBody(tenant, { employmentModel: 'vcse_subcontract', employerId: other.vcse }));
    expect(foreign.json().issues[0]).toMatchObject({ path: 'employerId' });
    const subcontract = await create(
      postBody(tenant, { employmentModel: 'vcse_subcontract', employerId: tenant.vcse, managementCostPerWte: 2400 }),
    );
    expect(subcontract.statusCode, subcontract.body).toBe(201);
  });

  it('rejects a line manager or clinical supervisor without a role in the PCN', async () => {
    const response = await create(postBody(tenant, { clinicalSupervisorUserId: outsiderId }));
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0]).toMatchObject({ path: 'clinicalSupervisorUserId' });
  });

  it('lists the employers and people a post may name', async () => {
    const response = await app.inject({
      url: `/api/workforce/post-options?pcnId=${tenant.pcn}`,
      headers: { cookie: manager.cookie },
    });
    expect(response.statusCode).toBe(200);
    const options = response.json();
    expect(options.employers).toEqual([
      expect.objectContaining({ id: tenant.practice, employmentModel: 'pcn_lead_practice' }),
      expect.objectContaining({ id: tenant.vcse, employmentModel: 'vcse_subcontract' }),
    ]);
    expect(options.people.map((p: { id: string }) => p.id)).toContain(linkWorkerId);
    expect(options.people.map((p: { id: string }) => p.id)).not.toContain(outsiderId);
    const pcns = await app.inject({ url: '/api/workforce/pcns', headers: { cookie: manager.cookie } });
    expect(pcns.json().items).toEqual([expect.objectContaining({ id: tenant.pcn, canManage: true })]);
  });
});

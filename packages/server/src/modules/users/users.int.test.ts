import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';

describe('users', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let adminUser: Awaited<ReturnType<typeof createTestUser>>;
  let admin: SignedIn;
  const db = () => app.kith.database.db;
  const email = () => `new-${crypto.randomUUID().slice(0, 8)}@Kith.Test`;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    adminUser = await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]);
    admin = await signIn(app, adminUser);
  });
  afterAll(() => app.close());

  const create = (payload: object) => app.inject({ method: 'POST', url: '/api/users', headers: admin.writeHeaders, payload });

  it('an admin creates a user who can then sign in and see their role', async () => {
    const address = email();
    const created = await create({
      email: address,
      displayName: 'Nia Newcomer',
      password: 'twelve chars or more',
      memberships: [{ organisationId: tenant.pcn, role: 'link_worker' }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: address.toLowerCase(), active: true, memberships: [{ role: 'link_worker' }] });
    expect(created.json()).not.toHaveProperty('passwordHash');
    const session = await signIn(app, { email: address, password: 'twelve chars or more' });
    const me = await app.inject({ url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.json().memberships).toMatchObject([{ organisationId: tenant.pcn, role: 'link_worker' }]);
  });

  it('an email already in use is a 409', async () => {
    const existing = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'referrer' }]);
    const response = await create({
      email: existing.email.toUpperCase(),
      displayName: 'Copy',
      password: 'twelve chars or more',
      memberships: [{ organisationId: tenant.pcn, role: 'referrer' }],
    });
    expect(response.statusCode).toBe(409);
  });

  it('cannot grant a role in an organisation outside the admin’s tree', async () => {
    const other = await createTestTenant(db());
    const response = await create({
      email: email(),
      displayName: 'Outsider',
      password: 'twelve chars or more',
      memberships: [{ organisationId: other.pcn, role: 'admin' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'memberships.0.organisationId' })]);
  });

  it("lists only users in the admin's organisations; another tenant's user is a 404", async () => {
    const mine = await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }], {
      displayName: 'Mine Only',
    });
    const other = await createTestTenant(db());
    const theirs = await createTestUser(db(), [{ organisationId: other.practice, role: 'referrer' }]);
    const list = await app.inject({ url: '/api/users?pageSize=200', headers: { cookie: admin.cookie } });
    const ids = list.json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const searched = await app.inject({ url: '/api/users?q=mine%20only', headers: { cookie: admin.cookie } });
    expect(searched.json().items.map((u: { id: string }) => u.id)).toEqual([mine.id]);
    expect((await app.inject({ url: `/api/users/${theirs.id}`, headers: { cookie: admin.cookie } })).statusCode).toBe(404);
  });

  it('reading a user record writes a read audit event', async () => {
    const someone = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]);
    const response = await app.inject({ url: `/api/users/${someone.id}`, headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(200);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, someone.id), eq(auditEvents.action, 'read')));
    expect(events).toMatchObject([
      { actorUserId: adminUser.id, recordType: 'user', requestId: response.headers['x-request-id'] },
    ]);
  });

  it('deactivating a user ends their sessions and sign-in then fails with the usual message', async () => {
    const leaver = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    const session = await signIn(app, leaver);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/users/${leaver.id}`,
      headers: admin.writeHeaders,
      payload: { active: false },
    });
    expect(patched.json().active).toBe(false);
    expect((await app.inject({ url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/api/session', payload: leaver });
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('invalid_credentials');
  });

  it('an admin cannot deactivate themselves or drop their own admin role', async () => {
    const self = await app.inject({
      method: 'PATCH',
      url: `/api/users/${adminUser.id}`,
      headers: admin.writeHeaders,
      payload: { active: false },
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().issues[0].path).toBe('active');
    const roles = await app.inject({
      method: 'PUT',
      url: `/api/users/${adminUser.id}/memberships`,
      headers: admin.writeHeaders,
      payload: { memberships: [{ organisationId: tenant.icb, role: 'commissioner' }] },
    });
    expect(roles.statusCode).toBe(400);
  });

  it("replacing roles keeps the user's roles in organisations the admin does not manage", async () => {
    const other = await createTestTenant(db());
    const shared = await createTestUser(db(), [
      { organisationId: tenant.pcn, role: 'link_worker' },
      { organisationId: other.pcn, role: 'link_worker' },
    ]);
    const response = await app.inject({
      method: 'PUT',
      url: `/api/users/${shared.id}/memberships`,
      headers: admin.writeHeaders,
      payload: { memberships: [{ organisationId: tenant.practice, role: 'referrer' }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().memberships).toMatchObject([{ organisationId: tenant.practice, role: 'referrer' }]);
    const session = await signIn(app, shared);
    const me = await app.inject({ url: '/api/me', headers: { cookie: session.cookie } });
    expect(
      me
        .json()
        .memberships.map((m: { organisationId: string }) => m.organisationId)
        .sort(),
    ).toEqual([other.pcn, tenant.practice].sort());
  });

  it('a VCSE provider reading the admin user list is 403, and it is audited', async () => {
    const provider = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }]));
    const response = await app.inject({ url: '/api/users', headers: { cookie: provider.cookie } });
    expect(response.statusCode).toBe(403);
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.requestId, response.json().requestId));
    expect(event).toMatchObject({ action: 'denied', actorRole: 'vcse_provider' });
  });
});

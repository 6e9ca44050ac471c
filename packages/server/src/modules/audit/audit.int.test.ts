import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('audit trail', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  it('cannot be updated, deleted or truncated, even with raw SQL', async () => {
    await expect(db().execute(sql`UPDATE audit_events SET action = 'read'`)).rejects.toThrow();
    await expect(db().execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    await expect(db().execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
  });

  it('admins filter the trail by action and record type', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: admin.writeHeaders,
      payload: { name: 'Audited PCN', kind: 'pcn', parentId: tenant.icb },
    });
    const id = created.json().id;
    const response = await app.inject({
      url: `/api/audit-events?action=create&recordType=organisation&recordId=${id}`,
      headers: { cookie: admin.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, items: [{ action: 'create', recordId: id, actorRole: 'admin' }] });
    expect(response.json().items[0].actorEmail).toMatch(/@kith\.test$/);
  });

  it("an admin does not see another tenant's events", async () => {
    const other = await createTestTenant(db());
    const otherAdmin = await signIn(app, await createTestUser(db(), [{ organisationId: other.icb, role: 'admin' }]));
    const created = await app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: otherAdmin.writeHeaders,
      payload: { name: 'Their PCN', kind: 'pcn', parentId: other.icb },
    });
    const response = await app.inject({
      url: `/api/audit-events?recordId=${created.json().id}`,
      headers: { cookie: admin.cookie },
    });
    expect(response.json().total).toBe(0);
  });

  it('filters by time window', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const response = await app.inject({
      url: `/api/audit-events?from=${encodeURIComponent(future)}`,
      headers: { cookie: admin.cookie },
    });
    expect(response.json()).toMatchObject({ total: 0, items: [] });
    const bad = await app.inject({ url: '/api/audit-events?from=yesterday', headers: { cookie: admin.cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('from');
  });

  it('a link worker cannot read the audit trail', async () => {
    const worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    expect((await app.inject({ url: '/api/audit-events', headers: { cookie: worker.cookie } })).statusCode).toBe(403);
  });
});

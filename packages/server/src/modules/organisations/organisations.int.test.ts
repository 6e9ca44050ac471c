import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';

describe('organisations', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  const db = () => app.kith.database.db;
  const odsCode = () => `T${crypto.randomUUID().replaceAll('-', '').slice(0, 7).toUpperCase()}`;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(() => app.close());

  const post = (payload: object, session = admin) =>
    app.inject({ method: 'POST', url: '/api/organisations', headers: session.writeHeaders, payload });

  it('an admin builds the tree ICB → PCN → practice, and each creation is audited', async () => {
    const pcn = await post({ name: 'North PCN', kind: 'pcn', parentId: tenant.icb, odsCode: odsCode().toLowerCase() });
    expect(pcn.statusCode).toBe(201);
    expect(pcn.json().odsCode).toMatch(/^T[0-9A-F]{7}$/);
    const practice = await post({ name: 'North Surgery', kind: 'gp_practice', parentId: pcn.json().id });
    expect(practice.statusCode).toBe(201);
    expect(practice.json()).toMatchObject({ parentId: pcn.json().id, kind: 'gp_practice', active: true });
    const audited = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'organisation'), eq(auditEvents.recordId, practice.json().id)));
    expect(audited).toMatchObject([{ action: 'create', actorRole: 'admin', actorOrganisationId: tenant.icb }]);
  });

  it('refuses a practice directly under an ICB, naming parentId', async () => {
    const response = await post({ name: 'Misplaced Surgery', kind: 'gp_practice', parentId: tenant.icb });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'parentId' })]);
  });

  it('links a VCSE organisation to the PCNs it serves', async () => {
    const response = await post({ name: 'Good Neighbours', kind: 'vcse', parentId: tenant.icb, servesPcnIds: [tenant.pcn] });
    expect(response.statusCode).toBe(201);
    expect(response.json().servesPcnIds).toEqual([tenant.pcn]);
    const wrong = await post({ name: 'Bad Link', kind: 'vcse', parentId: tenant.icb, servesPcnIds: [tenant.practice] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0].path).toBe('servesPcnIds');
  });

  it('an ODS code already in use is a 409', async () => {
    const code = odsCode();
    expect((await post({ name: 'First', kind: 'pcn', parentId: tenant.icb, odsCode: code })).statusCode).toBe(201);
    const second = await post({ name: 'Second', kind: 'pcn', parentId: tenant.icb, odsCode: code });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toContain(code);
  });

  it('refuses to move an organisation under its own descendant', async () => {
    const otherIcb = await post({ name: 'Second ICB', kind: 'icb' });
    expect(otherIcb.statusCode).toBe(201);
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/organisations/${tenant.pcn}`,
      headers: admin.writeHeaders,
      payload: { parentId: tenant.practice },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('parentId');
  });

  it('deactivating is a state change, and inactive organisations are hidden unless asked for', async () => {
    const created = await post({ name: 'Closing PCN', kind: 'pcn', parentId: tenant.icb });
    const id = created.json().id;
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/organisations/${id}`,
      headers: admin.writeHeaders,
      payload: { active: false },
    });
    expect(patched.json().active).toBe(false);
    const visible = await app.inject({ url: '/api/organisations', headers: { cookie: admin.cookie } });
    expect(visible.json().items.map((o: { id: string }) => o.id)).not.toContain(id);
    const all = await app.inject({ url: '/api/organisations?includeInactive=true', headers: { cookie: admin.cookie } });
    expect(all.json().items.map((o: { id: string }) => o.id)).toContain(id);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'state_change')));
    expect(event).toBeDefined();
  });

  it("a link worker sees only their own PCN's subtree, never another tenant's organisations", async () => {
    const other = await createTestTenant(db());
    const worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    const list = await app.inject({ url: '/api/organisations', headers: { cookie: worker.cookie } });
    const ids = list.json().items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([tenant.pcn, tenant.practice]));
    expect(ids).not.toContain(tenant.icb);
    expect(ids).not.toContain(other.pcn);
    const hidden = await app.inject({ url: `/api/organisations/${other.pcn}`, headers: { cookie: worker.cookie } });
    expect(hidden.statusCode).toBe(404);
  });

  it('an admin who creates a new top-level ICB administers it and can see it', async () => {
    const created = await post({ name: 'Neighbouring ICB', kind: 'icb' });
    expect(created.statusCode).toBe(201);
    const fetched = await app.inject({ url: `/api/organisations/${created.json().id}`, headers: { cookie: admin.cookie } });
    expect(fetched.statusCode).toBe(200);
    const pcn = await post({ name: 'Neighbouring PCN', kind: 'pcn', parentId: created.json().id });
    expect(pcn.statusCode).toBe(201);
  });

  it('a VCSE organisation must sit under an ICB', async () => {
    const response = await post({ name: 'Floating charity', kind: 'vcse' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('parentId');
  });

  it('only an admin of a top-level organisation may add another one', async () => {
    const pcnAdmin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'admin' }]));
    expect((await post({ name: 'Rogue ICB', kind: 'icb' }, pcnAdmin)).statusCode).toBe(403);
  });

  it('a VCSE provider creating an organisation is 403 and the refusal is audited', async () => {
    const provider = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }]));
    const response = await post({ name: 'Sneaky', kind: 'pcn', parentId: tenant.icb }, provider);
    expect(response.statusCode).toBe(403);
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.requestId, response.json().requestId));
    expect(event).toMatchObject({ action: 'denied', actorRole: 'vcse_provider', recordId: 'POST /api/organisations' });
  });
});

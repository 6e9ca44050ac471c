import { DEFAULT_CHECKLIST_ITEMS } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, implementationChecklistItems } from '../../db/schema/index.ts';

interface ItemView {
  id: string;
  defaultKey: string | null;
  title: string;
  status: string;
  ownerName: string | null;
  overdue: boolean;
}

describe('implementation checklist', () => {
  let app: KithApp;
  let manager: SignedIn;
  let supervisor: SignedIn;
  let managerId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  /** A fresh tenant per test, so each starts with an unseeded checklist. */
  const freshTenant = async (): Promise<TestTenant> => {
    const tenant = await createTestTenant(db());
    const managerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }], {
      displayName: 'Priya Manager',
    });
    managerId = managerUser.id;
    manager = await signIn(app, managerUser);
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    return tenant;
  };
  const read = (pcnId: string, session = manager) =>
    app.inject({ url: `/api/implementation-checklist?pcnId=${pcnId}`, headers: { cookie: session.cookie } });
  const put = (id: string, payload: Record<string, unknown>, session = manager) =>
    app.inject({ method: 'PUT', url: `/api/implementation-checklist/items/${id}`, headers: session.writeHeaders, payload });
  const add = (pcnId: string, title: string) =>
    app.inject({
      method: 'POST',
      url: '/api/implementation-checklist/items',
      headers: manager.writeHeaders,
      payload: { pcnId, title, ownerName: 'Jo from the ICB' },
    });
  const remove = (id: string) =>
    app.inject({ method: 'DELETE', url: `/api/implementation-checklist/items/${id}`, headers: manager.writeHeaders });
  const itemsOf = async (pcnId: string): Promise<ItemView[]> => (await read(pcnId)).json().items;

  it('the default list is seeded once, even under two concurrent first reads', async () => {
    const tenant = await freshTenant();
    const [first, second] = await Promise.all([read(tenant.pcn), read(tenant.pcn, supervisor)]);
    expect(first?.statusCode).toBe(200);
    expect(second?.statusCode).toBe(200);
    const rows = await db().select().from(implementationChecklistItems).where(eq(implementationChecklistItems.pcnId, tenant.pcn));
    expect(rows).toHaveLength(DEFAULT_CHECKLIST_ITEMS.length);
    expect(new Set(rows.map((row) => row.defaultKey))).toEqual(new Set(DEFAULT_CHECKLIST_ITEMS.map((item) => item.key)));
    const body = (await read(tenant.pcn)).json();
    expect(body.items.map((item: ItemView) => item.title)).toEqual(DEFAULT_CHECKLIST_ITEMS.map((item) => item.title));
    expect(body.progress).toEqual({ done: 0, total: 10, notApplicable: 0, overdue: 0 });
    const seeded = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'implementation_checklist'), eq(auditEvents.recordId, tenant.pcn)));
    expect(seeded).toHaveLength(1);
  });

  it('marking an item done with an owner and due date moves the progress; a past due date flags overdue', async () => {
    const tenant = await freshTenant();
    const items = await itemsOf(tenant.pcn);
    const supervision = items.find((item) => item.defaultKey === 'supervision') as ItemView;
    const done = await put(supervision.id, {
      title: supervision.title,
      ownerUserId: managerId,
      dueDate: '2030-03-31',
      status: 'done',
      notes: 'GP sessions every 4 weeks',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', ownerName: 'Priya Manager', dueDate: '2030-03-31', overdue: false });

    const recruitment = items.find((item) => item.defaultKey === 'recruitment') as ItemView;
    const late = await put(recruitment.id, {
      title: recruitment.title,
      ownerName: 'Lead practice',
      dueDate: '2020-01-01',
      status: 'in_progress',
    });
    expect(late.json()).toMatchObject({ ownerName: 'Lead practice', overdue: true });
    const induction = items.find((item) => item.defaultKey === 'induction') as ItemView;
    await put(induction.id, { title: induction.title, status: 'not_applicable', dueDate: '2020-01-01' });

    const body = (await read(tenant.pcn)).json();
    expect(body.progress).toEqual({ done: 1, total: 9, notApplicable: 1, overdue: 1 });
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.recordId, supervision.id));
    expect(audits.map((audit) => audit.action)).toEqual(['update']);
  });

  it('an owner must work in the PCN, and a person and a typed name cannot both be given', async () => {
    const tenant = await freshTenant();
    const [item] = await itemsOf(tenant.pcn);
    const stranger = await createTestUser(db(), [{ organisationId: (await createTestTenant(db())).pcn, role: 'link_worker' }]);
    const response = await put(item?.id ?? '', { title: 'Employment model', ownerUserId: stranger.id, status: 'in_progress' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('ownerUserId');
    const both = await put(item?.id ?? '', { title: 'x', ownerUserId: managerId, ownerName: 'Jo', status: 'done' });
    expect(both.json().issues[0].path).toBe('ownerName');
  });

  it('default items cannot be deleted (409) but the PCN’s own items can', async () => {
    const tenant = await freshTenant();
    const [defaultItem] = await itemsOf(tenant.pcn);
    const refused = await remove(defaultItem?.id ?? '');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/not applicable/);

    const added = await add(tenant.pcn, 'Room booked for drop-in sessions');
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ defaultKey: null, ownerName: 'Jo from the ICB', status: 'not_started' });
    expect((await itemsOf(tenant.pcn)).at(-1)?.title).toBe('Room booked for drop-in sessions');
    expect((await remove(added.json().id)).statusCode).toBe(204);
    expect(await itemsOf(tenant.pcn)).toHaveLength(10);
    const deleted = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'delete'), eq(auditEvents.recordId, added.json().id)));
    expect(deleted).toHaveLength(1);
  });

  it('another PCN’s checklist and items are not found (404); supervisors read but do not change', async () => {
    const tenant = await freshTenant();
    const [item] = await itemsOf(tenant.pcn);
    const ownManager = manager;
    const ownSupervisor = supervisor;
    await freshTenant(); // `manager` is now the manager of a different PCN
    expect((await read(tenant.pcn)).statusCode).toBe(404);
    expect((await put(item?.id ?? '', { title: 'x', status: 'done' })).statusCode).toBe(404);
    expect((await remove(item?.id ?? '')).statusCode).toBe(404);

    const asSupervisor = await read(tenant.pcn, ownSupervisor);
    expect(asSupervisor.json().canManage).toBe(false);
    expect((await read(tenant.pcn, ownManager)).json().canManage).toBe(true);
    expect((await put(item?.id ?? '', { title: 'x', status: 'done' }, ownSupervisor)).statusCode).toBe(403);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkPages } from '../../../../test/paging.ts';
import { createTestOrg, createTestTenant, createTestUser, type SignedIn, signIn } from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { auditEvents, practiceMailboxes } from '../../../db/schema/index.ts';
import { findMailboxForOdsCode } from './practice-mailbox-repository.ts';

/** A unique ODS-like code (3 to 10 letters and digits) and a tag to search for this file's rows. */
const run = crypto.randomUUID().replaceAll('-', '').slice(0, 5).toUpperCase();
let counter = 0;
const odsCode = () => `Q${run}${String(++counter).padStart(2, '0')}`;

describe('practice mailbox directory (admin)', () => {
  let app: KithApp;
  let admin: SignedIn;
  let worker: SignedIn;
  let referrer: SignedIn;
  let tenantPractice: { ods: string; name: string };
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    // Until app.ts registers the routes (the lead's wiring), the test adds them itself.
    const tenant = await createTestTenant(db());
    tenantPractice = { ods: odsCode(), name: `Mailbox Lane Surgery ${run}` };
    await createTestOrg(db(), {
      kind: 'gp_practice',
      parentId: tenant.pcn,
      name: tenantPractice.name,
      odsCode: tenantPractice.ods,
    });
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    referrer = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
  });
  afterAll(async () => {
    await app.close();
  });

  const list = (query: string, session = admin) =>
    app.inject({ url: `/api/practice-mailboxes${query}`, headers: { cookie: session.cookie } });
  const create = (payload: Record<string, unknown>, session = admin) =>
    app.inject({ method: 'POST', url: '/api/practice-mailboxes', headers: session.writeHeaders, payload });
  const edit = (ods: string, payload: Record<string, unknown>, session = admin) =>
    app.inject({ method: 'PATCH', url: `/api/practice-mailboxes/${ods}`, headers: session.writeHeaders, payload });
  const remove = (ods: string, session = admin) =>
    app.inject({ method: 'DELETE', url: `/api/practice-mailboxes/${ods}`, headers: session.writeHeaders });
  const auditOf = (ods: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'practice_mailbox'), eq(auditEvents.recordId, ods)))
      .orderBy(auditEvents.occurredAt);

  it("adds a practice's mailbox (upper-cased), names the practice from Kith's organisations, audits it, and 409s a second", async () => {
    const response = await create({
      odsCode: tenantPractice.ods.toLowerCase(),
      mailboxId: ` ${tenantPractice.ods.toLowerCase()}ot01 `,
      note: 'From the practice manager',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      odsCode: tenantPractice.ods,
      mailboxId: `${tenantPractice.ods}OT01`,
      practiceName: tenantPractice.name,
      active: true,
      note: 'From the practice manager',
    });
    expect(await findMailboxForOdsCode(db(), tenantPractice.ods.toLowerCase())).toEqual({
      odsCode: tenantPractice.ods,
      mailboxId: `${tenantPractice.ods}OT01`,
    });
    expect(await auditOf(tenantPractice.ods)).toEqual([expect.objectContaining({ action: 'create' })]);

    const again = await create({ odsCode: tenantPractice.ods, mailboxId: 'OTHER0001' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'conflict', allowed: [], message: expect.stringContaining(tenantPractice.ods) });
    const [row] = await db().select().from(practiceMailboxes).where(eq(practiceMailboxes.odsCode, tenantPractice.ods));
    expect(row?.mailboxId).toBe(`${tenantPractice.ods}OT01`);
  });

  it('accepts an ODS code no Kith organisation has yet (no practice name)', async () => {
    const ods = odsCode();
    const response = await create({ odsCode: ods, mailboxId: `${ods}OT01` });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ odsCode: ods, practiceName: null, note: null });
  });

  it('refuses a bad ODS code and a bad mailbox id with 400s naming the fields', async () => {
    const bad = await create({ odsCode: 'M8-5001', mailboxId: 'A1' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['mailboxId', 'odsCode']);
    expect(bad.json().issues.find((i: { path: string }) => i.path === 'mailboxId').message).toMatch(/MESH mailbox id/);
    const missing = await create({ odsCode: odsCode() });
    expect(missing.json().issues).toEqual([expect.objectContaining({ path: 'mailboxId' })]);
    const badEdit = await edit(tenantPractice.ods, { mailboxId: 'has spaces in it', active: 'no' });
    expect(badEdit.statusCode).toBe(400);
    expect(
      badEdit
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['active', 'mailboxId']);
  });

  it('lists by ODS code with search over the ODS code, the mailbox id and the practice name, page by page', async () => {
    const extra = Array.from({ length: 5 }, () => odsCode());
    for (const ods of extra) expect((await create({ odsCode: ods, mailboxId: `${ods}OT09` })).statusCode).toBe(201);
    const all = await walkPages<{ odsCode: string }>(
      async (page) => (await list(`?q=Q${run}&page=${page}&pageSize=2`)).json(),
      2,
    );
    const codes = all.map((m) => m.odsCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining([tenantPractice.ods, ...extra]));
    expect(codes.every((c) => c.startsWith(`Q${run}`))).toBe(true);

    const byName = (await list(`?q=${encodeURIComponent(`mailbox lane surgery ${run.toLowerCase()}`)}`)).json();
    expect(byName.items.map((m: { odsCode: string }) => m.odsCode)).toEqual([tenantPractice.ods]);
    const byMailbox = (await list(`?q=${extra[2]}OT09`)).json();
    expect(byMailbox).toMatchObject({ total: 1, items: [{ odsCode: extra[2] }] });
    // LIKE's wildcards are searched for literally.
    expect((await list(`?q=${encodeURIComponent(`Q${run}%`)}`)).json().total).toBe(0);
    const badPage = await list('?page=0');
    expect(badPage.statusCode).toBe(400);
    expect(badPage.json().issues[0].path).toBe('page');
  });

  it('edits the mailbox id, note and active flag (audited by field name); an inactive mailbox is not used', async () => {
    const ods = odsCode();
    expect((await create({ odsCode: ods, mailboxId: `${ods}OT01`, note: 'Old note' })).statusCode).toBe(201);
    const moved = await edit(ods, { mailboxId: `${ods.toLowerCase()}ot02`, note: null });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ odsCode: ods, mailboxId: `${ods}OT02`, note: null, active: true });
    expect(await findMailboxForOdsCode(db(), ods)).toEqual({ odsCode: ods, mailboxId: `${ods}OT02` });

    expect((await edit(ods, { active: false })).json()).toMatchObject({ active: false, mailboxId: `${ods}OT02` });
    expect(await findMailboxForOdsCode(db(), ods)).toBeNull();
    expect((await edit(ods, { active: true })).statusCode).toBe(200);
    expect(await findMailboxForOdsCode(db(), ods)).not.toBeNull();

    const audit = await auditOf(ods);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(audit[1]?.detail).toMatchObject({ fields: ['mailboxId', 'note'], active: true });
    expect(audit[2]?.detail).toMatchObject({ fields: ['active'], active: false });
    expect((await edit(odsCode(), { note: 'Nobody' })).statusCode).toBe(404);
  });

  it('removes a mailbox (204, audited); then it is gone and a second removal is 404', async () => {
    const ods = odsCode();
    expect((await create({ odsCode: ods, mailboxId: `${ods}OT01` })).statusCode).toBe(201);
    const one = () => app.inject({ url: `/api/practice-mailboxes/${ods.toLowerCase()}`, headers: { cookie: admin.cookie } });
    expect((await one()).json()).toMatchObject({ odsCode: ods, mailboxId: `${ods}OT01`, active: true });
    const removed = await remove(ods);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect(await findMailboxForOdsCode(db(), ods)).toBeNull();
    expect((await list(`?q=${ods}`)).json()).toMatchObject({ total: 0, items: [] });
    expect((await auditOf(ods)).map((a) => a.action)).toEqual(['create', 'delete']);
    expect((await remove(ods)).statusCode).toBe(404);
    expect((await one()).statusCode).toBe(404);
    expect((await remove('not-an-ods')).statusCode).toBe(400);
  });

  it('is for admins only: 403 for a link worker and a referrer (nothing changes), 401 signed out', async () => {
    const ods = odsCode();
    for (const session of [worker, referrer]) {
      expect((await list('', session)).statusCode).toBe(403);
      expect((await create({ odsCode: ods, mailboxId: `${ods}OT01` }, session)).statusCode).toBe(403);
      expect((await edit(tenantPractice.ods, { active: false }, session)).statusCode).toBe(403);
      expect((await remove(tenantPractice.ods, session)).statusCode).toBe(403);
    }
    expect((await app.inject({ url: '/api/practice-mailboxes' })).statusCode).toBe(401);
    expect(await findMailboxForOdsCode(db(), ods)).toBeNull();
    expect(await findMailboxForOdsCode(db(), tenantPractice.ods)).not.toBeNull();
  });
});

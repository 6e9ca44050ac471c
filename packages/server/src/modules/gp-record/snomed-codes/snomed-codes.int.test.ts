import { snomedConceptIdProblem } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { auditEvents, snomedCodes } from '../../../db/schema/index.ts';
import { randomConceptId, withWrongCheckDigit } from './snomed-code-test-data.ts';

/** The seeded, verified "declined" code (migration 0017): the declined ending's one active code. */
const DECLINED = '871711000000103';

describe('SNOMED CT code table (admin)', () => {
  let app: KithApp;
  let admin: SignedIn;
  let worker: SignedIn;
  let manager: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    // Until app.ts registers the routes (the lead's wiring), the test adds them itself.
    const tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
  });
  afterAll(async () => {
    await app.close();
  });

  const list = (session = admin) => app.inject({ url: '/api/snomed-codes', headers: { cookie: session.cookie } });
  const create = (payload: Record<string, unknown>, session = admin) =>
    app.inject({ method: 'POST', url: '/api/snomed-codes', headers: session.writeHeaders, payload });
  const edit = (code: string, payload: Record<string, unknown>, session = admin) =>
    app.inject({ method: 'PATCH', url: `/api/snomed-codes/${code}`, headers: session.writeHeaders, payload });
  const auditOf = (code: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'snomed_code'), eq(auditEvents.recordId, code)))
      .orderBy(auditEvents.occurredAt);

  it('lists every code, active first, with the two seeded verified codes', async () => {
    const response = await list();
    expect(response.statusCode).toBe(200);
    const items: Array<{ code: string; active: boolean; verified: boolean; use: string }> = response.json().items;
    expect(items.find((c) => c.code === DECLINED)).toMatchObject({ use: 'declined', verified: true, active: true });
    expect(items.find((c) => c.code === '871731000000106')).toMatchObject({ use: 'taken_up', verified: true });
    const firstInactive = items.findIndex((c) => !c.active);
    if (firstInactive >= 0) expect(items.slice(firstInactive).every((c) => !c.active)).toBe(true);
  });

  it('adds a code (unverified by default), lists it, audits it, and refuses it a second time with 409', async () => {
    const code = randomConceptId();
    const response = await create({ code, term: 'Test concept (finding)', use: 'other', source: 'Test release' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code,
      term: 'Test concept (finding)',
      use: 'other',
      verified: false,
      active: true,
      source: 'Test release',
    });
    expect((await list()).json().items.some((c: { code: string }) => c.code === code)).toBe(true);
    const [row] = await db().select().from(snomedCodes).where(eq(snomedCodes.code, code));
    expect(row?.updatedBy).not.toBeNull();
    expect(await auditOf(code)).toEqual([
      expect.objectContaining({ action: 'create', detail: { use: 'other', verified: false } }),
    ]);

    const again = await create({ code, term: 'Another term', use: 'referral_reason' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'conflict', allowed: [], message: expect.stringContaining(code) });
    expect(await auditOf(code)).toHaveLength(1);
  });

  it('refuses a second active code for one ending use with 409, naming the active one', async () => {
    const code = randomConceptId();
    const response = await create({ code, term: 'Declined again (situation)', use: 'declined', verified: true });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'conflict', allowed: [], message: expect.stringContaining(DECLINED) });
    expect(await db().select().from(snomedCodes).where(eq(snomedCodes.code, code))).toHaveLength(0);
  });

  it('refuses a bad check digit, a missing term and an unknown use with 400s naming the fields', async () => {
    const good = randomConceptId();
    expect(snomedConceptIdProblem(good)).toBeNull();
    const typo = await create({ code: withWrongCheckDigit(good), term: 'Typo', use: 'other' });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().issues).toEqual([{ path: 'code', message: expect.stringMatching(/check digit/) }]);

    const notConcept = await create({ code: '12345', term: 'Too short', use: 'other' });
    expect(notConcept.json().issues[0]).toMatchObject({ path: 'code' });

    const noTerm = await create({ code: good, term: '  ', use: 'other' });
    expect(noTerm.statusCode).toBe(400);
    expect(noTerm.json().issues).toEqual([expect.objectContaining({ path: 'term' })]);

    const badUse = await create({ code: good, term: 'A term', use: 'discharge_summary' });
    expect(badUse.statusCode).toBe(400);
    expect(badUse.json().issues).toEqual([{ path: 'use', message: 'Choose what the code is used for' }]);
    expect(await db().select().from(snomedCodes).where(eq(snomedCodes.code, good))).toHaveLength(0);
  });

  it('edits term, verified flag, source and active, audited by field name; the code itself never changes', async () => {
    const code = randomConceptId();
    expect((await create({ code, term: 'Before (finding)', use: 'referral_reason' })).statusCode).toBe(201);
    const response = await edit(code, { term: 'After (finding)', verified: true, source: 'UK edition, checked' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code,
      term: 'After (finding)',
      verified: true,
      source: 'UK edition, checked',
      active: true,
    });
    const retired = await edit(code, { active: false, source: null });
    // Fields left out stay as they were: above all, a code stays verified.
    expect(retired.json()).toMatchObject({ active: false, source: null, term: 'After (finding)', verified: true });
    const audit = await auditOf(code);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit[1]?.detail).toMatchObject({ fields: ['term', 'verified', 'source'], verified: true });
    expect(audit[2]?.detail).toMatchObject({ fields: ['active', 'source'], active: false });

    const renamed = await edit(code, { code: randomConceptId() });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().code).toBe(code);
  });

  it('refuses an edit that would make a second active code for an ending, and allows it once retired', async () => {
    const code = randomConceptId();
    expect((await create({ code, term: 'Maybe declined (situation)', use: 'other' })).statusCode).toBe(201);
    const moved = await edit(code, { use: 'declined' });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().message).toContain(DECLINED);

    // Retired, it may hold the ending's use (kept for later); made active again, it clashes.
    expect((await edit(code, { use: 'declined', active: false })).statusCode).toBe(200);
    const revived = await edit(code, { active: true });
    expect(revived.statusCode).toBe(409);
    expect(revived.json()).toMatchObject({ error: 'conflict', allowed: [] });
    const [row] = await db().select().from(snomedCodes).where(eq(snomedCodes.code, code));
    expect(row).toMatchObject({ use: 'declined', active: false });
    // The seeded code may be edited in place without clashing with itself.
    const [seeded] = await db().select().from(snomedCodes).where(eq(snomedCodes.code, DECLINED));
    expect((await edit(DECLINED, { active: true, term: seeded?.term })).statusCode).toBe(200);
  });

  it('answers 404 for an unknown code and 400 for a path that is no SNOMED CT id', async () => {
    expect((await edit(randomConceptId(), { term: 'Nobody' })).statusCode).toBe(404);
    const bad = await edit('not-a-code', { term: 'Nobody' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].message).toBe('Not a SNOMED CT id');
    const badBody = await edit(DECLINED, { verified: 'yes' });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().issues[0].path).toBe('verified');
  });

  it('is for admins only: 403 for a link worker and a PCN manager, 401 signed out; refusals are audited', async () => {
    const code = randomConceptId();
    for (const session of [worker, manager]) {
      expect((await list(session)).statusCode).toBe(403);
      expect((await create({ code, term: 'Not mine', use: 'other' }, session)).statusCode).toBe(403);
      expect((await edit(DECLINED, { verified: false }, session)).statusCode).toBe(403);
    }
    expect((await app.inject({ url: '/api/snomed-codes' })).statusCode).toBe(401);
    expect(await db().select().from(snomedCodes).where(eq(snomedCodes.code, code))).toHaveLength(0);
    const [declined] = await db().select().from(snomedCodes).where(eq(snomedCodes.code, DECLINED));
    expect(declined?.verified).toBe(true);
    const denials = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'denied'), eq(auditEvents.recordId, 'PATCH /api/snomed-codes/:code')));
    expect(denials.length).toBeGreaterThanOrEqual(2);
  });
});

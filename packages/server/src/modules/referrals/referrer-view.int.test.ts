import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { people } from '../../db/schema/index.ts';

/** Issue 7 (referrers see status, dates and the message back only) and issue 10 (same NHS number, different person). */
describe('what a referrer sees, and an NHS number that belongs to someone else', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let referrer: SignedIn;
  let supervisor: SignedIn;
  let workerId: string;
  const db = () => app.kith.database.db;
  const TRIAGE_NOTE = 'Supervisor only: history of hoarding, visit in pairs';

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    referrer = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    workerId = (await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }])).id;
  });
  afterAll(() => app.close());

  const person = (overrides: Record<string, unknown> = {}) => ({
    givenName: 'Morag',
    familyName: `Lindqvist-${crypto.randomUUID().slice(0, 6)}`,
    dateOfBirth: '1950-02-03',
    postcode: 'ls1 4ap',
    nhsNumber: randomNhsNumber(),
    ...overrides,
  });
  const referralBody = (p: object = person(), overrides: Record<string, unknown> = {}) => ({
    organisationId: tenant.pcn,
    person: p,
    reasons: ['loneliness'],
    notes: 'Lives alone since her husband died',
    consent: { toReferral: true, toDataSharing: true },
    ...overrides,
  });
  const refer = (who: SignedIn, body: object) =>
    app.inject({ method: 'POST', url: '/api/referrals', headers: who.writeHeaders, payload: body });
  const get = (who: SignedIn, url: string) => app.inject({ url, headers: { cookie: who.cookie } });
  const post = (who: SignedIn, url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: who.writeHeaders, payload });

  async function triagedAndAllocated(): Promise<string> {
    const id = (await refer(referrer, referralBody())).json().id;
    await post(supervisor, `/api/referrals/${id}/triage`, {
      urgency: 'urgent',
      complexity: 'high',
      riskFlags: ['self_neglect'],
      note: TRIAGE_NOTE,
    });
    await post(supervisor, `/api/referrals/${id}/allocate`, { workerId });
    return id;
  }

  it('GET /api/referrals/:id as the referrer: status and dates only, no triage notes, risk flags or complexity', async () => {
    const id = await triagedAndAllocated();
    const response = await get(referrer, `/api/referrals/${id}`);
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ access: 'referrer', id, status: 'allocated', closedAt: null, messageBackReady: false });
    expect(Object.keys(view).sort()).toEqual(
      [
        'access',
        'closedAt',
        'createdAt',
        'id',
        'messageBackReady',
        'person',
        'reasons',
        'referrerName',
        'source',
        'status',
        'transitions',
        'updatedAt',
      ].sort(),
    );
    expect(Object.keys(view.person).sort()).toEqual(['dateOfBirth', 'familyName', 'givenName', 'nhsNumber']);
    expect(view.transitions.map((t: { to: string }) => t.to)).toEqual(['received', 'triaged', 'allocated']);
    for (const t of view.transitions) expect(Object.keys(t).sort()).toEqual(['at', 'from', 'to']);
    expect(response.body).not.toContain(TRIAGE_NOTE);
    expect(response.body).not.toContain('self_neglect');
    expect(response.body).not.toContain('high');
    expect(response.body).not.toContain(workerId);

    const team = (await get(supervisor, `/api/referrals/${id}`)).json();
    expect(team).toMatchObject({ access: 'team', complexity: 'high', riskFlags: ['self_neglect'], urgency: 'urgent' });
    expect(team.transitions.map((t: { reason: string }) => t.reason)).toContain(TRIAGE_NOTE);
  });

  it('the referrer’s own list ("my referrals") is the reduced view too', async () => {
    const id = await triagedAndAllocated();
    for (const url of ['/api/referrals?mine=made', '/api/referrals']) {
      const list = await get(referrer, url);
      expect(list.statusCode).toBe(200);
      const item = list.json().items.find((r: { id: string }) => r.id === id);
      expect(item).toMatchObject({ access: 'referrer', status: 'allocated' });
      expect(item).not.toHaveProperty('riskFlags');
      expect(item).not.toHaveProperty('complexity');
      expect(item).not.toHaveProperty('notes');
      expect(JSON.stringify(list.json())).not.toContain('self_neglect');
    }
  });

  it('a supervisor who made a referral to their own PCN still sees it in full', async () => {
    const made = await refer(supervisor, referralBody());
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ access: 'team', notes: 'Lives alone since her husband died' });
    const mine = (await get(supervisor, '/api/referrals?mine=made')).json();
    expect(mine.items.find((r: { id: string }) => r.id === made.json().id)).toMatchObject({ access: 'team' });
  });

  it('the 201 to a referrer echoes the person as sent, never the stored record', async () => {
    const p = person();
    const first = await refer(referrer, referralBody(p));
    // The team corrects the record (say, a new postcode and a known-as name).
    const personId = (await get(supervisor, `/api/referrals/${first.json().id}`)).json().person.id;
    await db().update(people).set({ givenName: 'Morwenna', postcode: 'YO1 7HH' }).where(eq(people.id, personId));
    const second = await refer(referrer, referralBody({ ...p, givenName: 'Mo' }));
    expect(second.statusCode).toBe(201);
    expect(second.json().person).toEqual({
      givenName: 'Mo',
      familyName: p.familyName,
      nhsNumber: p.nhsNumber,
      dateOfBirth: '1950-02-03',
    });
    expect(second.body).not.toContain('Morwenna');
    expect(second.body).not.toContain('YO1 7HH');
    expect((await get(supervisor, `/api/referrals/${second.json().id}`)).json().person.id).toBe(personId);
  });

  it('a referrer cannot attach a referral to a stored person by id', async () => {
    const made = (await refer(supervisor, referralBody())).json();
    const response = await refer(referrer, { ...referralBody(), person: undefined, personId: made.person.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'personId' })]);
  });

  it('an existing NHS number with another surname or date of birth is 409 with allowed [], revealing nothing stored', async () => {
    const p = person();
    await refer(referrer, referralBody(p));
    const before = await db().select().from(people).where(eq(people.nhsNumber, p.nhsNumber));
    for (const other of [
      { ...p, familyName: 'Okonkwo', dateOfBirth: '1981-11-30' },
      { ...p, familyName: 'Okonkwo' },
      { ...p, dateOfBirth: '1951-02-03' },
    ]) {
      const response = await refer(referrer, referralBody(other));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        error: 'conflict',
        allowed: [],
        message: expect.stringContaining('This NHS number belongs to a person whose details do not match'),
      });
      expect(response.json().issues).toEqual([expect.objectContaining({ path: 'person.nhsNumber' })]);
      expect(response.body).not.toContain(p.familyName);
      expect(response.body).not.toContain('1950-02-03');
      expect(response.body).not.toContain('Morag');
    }
    // Nothing was created or merged.
    expect(await db().select().from(people).where(eq(people.nhsNumber, p.nhsNumber))).toEqual(before);
    expect(await db().select().from(people).where(eq(people.familyName, 'Okonkwo'))).toEqual([]);
  });

  it('the same surname written differently (case, accents, hyphens, spaces) is still the same person', async () => {
    const p = person({ familyName: `O'Néil-Smith${crypto.randomUUID().slice(0, 4)}` });
    const first = await refer(referrer, referralBody(p));
    const variant = p.familyName.replace("O'Néil-Smith", 'oneil smith');
    const second = await refer(referrer, referralBody({ ...p, familyName: variant }));
    expect(second.statusCode).toBe(201);
    const [a, b] = await Promise.all(
      [first, second].map(async (r) => (await get(supervisor, `/api/referrals/${r.json().id}`)).json().person.id),
    );
    expect(b).toBe(a);
  });

  it('the CSV import refuses a row whose NHS number belongs to someone else, and imports nothing', async () => {
    const p = person();
    await refer(supervisor, referralBody(p));
    const header = 'given_name,family_name,date_of_birth,nhs_number,postcode,reasons,consent_to_referral,consent_to_data_sharing';
    const fresh = `Fresh-${crypto.randomUUID().slice(0, 6)}`;
    const csv = [
      header,
      `Ann,${fresh},1948-05-01,${randomNhsNumber()},LS1 4AP,loneliness,yes,yes`,
      `Zed,Zimmer,1999-09-09,${p.nhsNumber},LS1 4AP,loneliness,yes,yes`,
    ].join('\n');
    const response = await post(supervisor, '/api/referrals/import', { organisationId: tenant.pcn, csv, dryRun: false });
    expect(response.statusCode).toBe(409);
    expect(response.json().allowed).toEqual([]);
    expect(response.body).not.toContain(p.familyName);
    expect(await db().select().from(people).where(eq(people.familyName, fresh))).toEqual([]);
  });
});

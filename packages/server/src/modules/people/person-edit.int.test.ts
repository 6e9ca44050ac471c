import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, personVersions } from '../../db/schema/index.ts';

describe("editing a person's record", () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let colleague: SignedIn;
  let otherPcnWorker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    worker = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Wendy Worker' }),
    );
    colleague = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }], { displayName: 'Sam Supervisor' }),
    );
    const other = await createTestTenant(db());
    otherPcnWorker = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  async function newPerson(details: Record<string, unknown> = {}) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: worker.writeHeaders,
      payload: {
        organisationId: tenant.pcn,
        givenName: 'Ada',
        familyName: `Edit-${crypto.randomUUID().slice(0, 8)}`,
        ...details,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; familyName: string; version: number; nhsNumber: string | null };
  }

  const patch = (id: string, payload: Record<string, unknown>, session = worker) =>
    app.inject({ method: 'PATCH', url: `/api/people/${id}`, headers: session.writeHeaders, payload });

  it('saves the whole record as the next version and lists who changed which fields', async () => {
    const person = await newPerson({ phone: '07700 900123' });
    expect(person.version).toBe(1);
    const saved = await patch(person.id, {
      baseVersion: 1,
      givenName: 'Ada',
      familyName: person.familyName,
      phone: '07700 900456',
      email: 'ada@example.org',
      postcode: 'ls1 4ap',
      preferredContactMethod: 'text',
      preferredContactTimes: 'Weekday mornings',
      contactConsent: true,
      interpreterNeeded: true,
      language: 'Polish',
      accessibleFormats: ['large_print', 'bsl'],
      sex: 'female',
      ethnicCategory: 'C',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      phone: '07700 900456',
      postcode: 'LS1 4AP',
      preferredContactTimes: 'Weekday mornings',
      contactConsent: true,
      email: 'ada@example.org',
      contactConsentRecordedAt: expect.any(String),
      accessibleFormats: ['large_print', 'bsl'],
      ethnicCategory: 'C',
    });

    const again = await patch(
      person.id,
      {
        baseVersion: 2,
        givenName: 'Ada',
        familyName: person.familyName,
        phone: null,
        contactConsent: false,
        accessibleFormats: [],
      },
      colleague,
    );
    expect(again.statusCode).toBe(200);
    // Left out, so kept; null or empty, so cleared.
    expect(again.json()).toMatchObject({
      version: 3,
      email: 'ada@example.org',
      phone: null,
      contactConsent: false,
      accessibleFormats: [],
    });

    const history = await app.inject({ url: `/api/people/${person.id}/versions`, headers: { cookie: worker.cookie } });
    expect(history.statusCode).toBe(200);
    const items = history.json().items as { version: number; savedByName: string | null; changedFields: string[] }[];
    expect(items.map((item) => item.version)).toEqual([3, 2, 1]);
    expect(items[0]).toMatchObject({ savedByName: 'Sam Supervisor' });
    expect(items[0]?.changedFields).toEqual(['phone', 'contactConsent', 'accessibleFormats']);
    expect(items[1]?.savedByName).toBe('Wendy Worker');
    expect(items[1]?.changedFields).toEqual([
      'sex',
      'ethnicCategory',
      'postcode',
      'phone',
      'email',
      'preferredContactMethod',
      'preferredContactTimes',
      'contactConsent',
      'interpreterNeeded',
      'language',
      'accessibleFormats',
    ]);
    expect(items[2]?.changedFields).toEqual([]);
    const kept = await db().select().from(personVersions).where(eq(personVersions.personId, person.id));
    expect(kept).toHaveLength(3);
  });

  it('refuses an edit based on an old version with 409, naming who saved since, and keeps the winner', async () => {
    const person = await newPerson();
    expect(
      (await patch(person.id, { baseVersion: 1, givenName: 'Ada', familyName: person.familyName, town: 'Leeds' }, colleague))
        .statusCode,
    ).toBe(200);
    const stale = await patch(person.id, { baseVersion: 1, givenName: 'Ada', familyName: person.familyName, town: 'York' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('Sam Supervisor');
    const now = await app.inject({ url: `/api/people/${person.id}`, headers: { cookie: worker.cookie } });
    expect(now.json()).toMatchObject({ town: 'Leeds', version: 2 });
  });

  it('names the field for a phone number, email or postcode that is not valid, and saves nothing', async () => {
    const person = await newPerson();
    const refused = await patch(person.id, {
      baseVersion: 1,
      givenName: 'Ada',
      familyName: person.familyName,
      phone: '+1 555 123 4567',
      email: 'ada-at-example',
      postcode: 'NOWHERE',
    });
    expect(refused.statusCode).toBe(400);
    const paths = (refused.json().issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['phone', 'email', 'postcode']));
    const kept = await db().select().from(personVersions).where(eq(personVersions.personId, person.id));
    expect(kept).toHaveLength(0);
  });

  it('refuses an NHS number another record in the PCN holds, without saying whose', async () => {
    const holder = await newPerson({ nhsNumber: randomNhsNumber() });
    const person = await newPerson();
    const refused = await patch(person.id, {
      baseVersion: 1,
      givenName: 'Ada',
      familyName: person.familyName,
      nhsNumber: holder.nhsNumber,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().issues).toEqual([{ path: 'nhsNumber', message: expect.any(String) }]);
    expect(refused.body).not.toContain(holder.familyName);
    const fresh = randomNhsNumber();
    const added = await patch(person.id, { baseVersion: 1, givenName: 'Ada', familyName: person.familyName, nhsNumber: fresh });
    expect(added.statusCode).toBe(200);
    expect(added.json().nhsNumber).toBe(fresh);
  });

  it('asks for confirmation when the edit makes the record look like another one', async () => {
    const details = { familyName: `Twin-${crypto.randomUUID().slice(0, 6)}`, dateOfBirth: '1950-03-12', postcode: 'LS1 4AP' };
    await newPerson(details);
    const person = await newPerson({ dateOfBirth: '1950-03-12', postcode: 'LS1 4AP' });
    const edit = { baseVersion: 1, givenName: 'Ada', ...details };
    const refused = await patch(person.id, edit);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().issues).toEqual([{ path: 'confirmNotDuplicate', message: expect.any(String) }]);
    expect((await patch(person.id, { ...edit, confirmNotDuplicate: true })).statusCode).toBe(200);
  });

  it('is 404 for a link worker of another PCN, for the edit and the history', async () => {
    const person = await newPerson();
    const edit = await patch(person.id, { baseVersion: 1, givenName: 'Eve', familyName: 'Other' }, otherPcnWorker);
    expect(edit.statusCode).toBe(404);
    const history = await app.inject({ url: `/api/people/${person.id}/versions`, headers: { cookie: otherPcnWorker.cookie } });
    expect(history.statusCode).toBe(404);
    const now = await app.inject({ url: `/api/people/${person.id}`, headers: { cookie: worker.cookie } });
    expect(now.json()).toMatchObject({ givenName: 'Ada', version: 1 });
  });

  it('audits the edit with the changed field names, never their values', async () => {
    const person = await newPerson();
    expect(
      (await patch(person.id, { baseVersion: 1, givenName: 'Ada', familyName: person.familyName, email: 'secret@example.org' }))
        .statusCode,
    ).toBe(200);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, person.id), eq(auditEvents.action, 'update')));
    expect(events).toMatchObject([
      { recordType: 'person', actorRole: 'link_worker', detail: { version: 2, changedFields: ['email'] } },
    ]);
    expect(JSON.stringify(events)).not.toContain('secret@example.org');
  });
});

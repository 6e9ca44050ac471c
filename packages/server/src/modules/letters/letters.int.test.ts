import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { appointments, auditEvents, letters, people } from '../../db/schema/index.ts';
import { readPdfText } from './pdf-text.test-support.ts';

describe('letters', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let workerId: string;
  let worker: SignedIn;
  let otherPcnWorker: SignedIn;
  let referrer: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Sam Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    const other = await createTestTenant(db());
    otherPcnWorker = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    referrer = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]));
  });
  afterAll(() => app.close());

  const newReferral = () =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: workerId, referrerUserId: null, status: 'active' });
  const makeLetter = (referralId: string, body: object, session = worker) =>
    app.inject({ method: 'POST', url: `/api/referrals/${referralId}/letters`, headers: session.writeHeaders, payload: body });
  const download = (url: string, session = worker) => app.inject({ url, headers: { cookie: session.cookie } });
  const saveCarePlan = async (referral: TestReferral) => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/referrals/${referral.id}/care-plan`,
      headers: worker.writeHeaders,
      payload: {
        baseVersion: 0,
        whatMatters: 'Getting out of the house and seeing my grandchildren',
        goals: [
          { id: 'g1', text: 'Join the Tuesday walking group' },
          { id: 'g2', text: 'Learn to video call my family' },
        ],
        actions: [{ id: 'a1', text: 'Phone the walking group leader', owner: 'Ada', dueDate: '2027-01-08', done: false }],
        reviewDate: '2027-02-01',
      },
    });
    expect(response.statusCode).toBe(200);
  };

  it("makes the person's care plan as a PDF whose text has their goals and actions, keeps it and audits it", async () => {
    const referral = await newReferral();
    await db()
      .update(people)
      .set({ addressLine1: '1 Mill Lane', town: 'Leeds', postcode: 'LS1 4AB' })
      .where(eq(people.id, referral.personId));
    expect((await makeLetter(referral.id, { kind: 'care_plan' })).json()).toMatchObject({
      error: 'conflict',
      message: expect.stringContaining('no care plan'),
    });
    await saveCarePlan(referral);

    const response = await makeLetter(referral.id, { kind: 'care_plan', largePrint: false });
    expect(response.statusCode).toBe(201);
    const made = response.json();
    expect(made).toMatchObject({
      personId: referral.personId,
      referralId: referral.id,
      appointmentId: null,
      kind: 'care_plan',
      title: 'Your care plan',
      largePrint: false,
      createdByName: 'Sam Worker',
      downloadUrl: `/api/letters/${made.id}.pdf`,
    });

    const file = await download(made.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['cache-control']).toBe('no-store');
    const disposition = String(file.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="kith-care-plan-letter-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf"$/);
    expect(disposition).not.toContain(referral.familyName);
    // Downloading again gives the PDF exactly as it was made and kept.
    const [kept] = await db().select().from(letters).where(eq(letters.id, made.id));
    expect(file.rawPayload.equals(kept?.pdf ?? Buffer.alloc(0))).toBe(true);
    expect(made.byteLength).toBe(file.rawPayload.byteLength);
    expect(kept).toMatchObject({ organisationId: tenant.pcn, createdBy: workerId });

    const { text } = readPdfText(file.rawPayload);
    expect(text.startsWith('%PDF')).toBe(false);
    for (const expected of [
      `Ada ${referral.familyName} 1 Mill Lane Leeds LS1 4AB`,
      'Your care plan',
      'Getting out of the house and seeing my grandchildren',
      'Join the Tuesday walking group',
      'Learn to video call my family',
      'Phone the walking group leader Who: Ada By: 8 January 2027',
      '1 February 2027',
      'Sam Worker, your social prescribing link worker',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }

    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'letter'), eq(auditEvents.recordId, made.id)));
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'read']);
    expect(audit.find((e) => e.action === 'create')).toMatchObject({ actorUserId: workerId, actorRole: 'link_worker' });
  });

  it('large print sets the body in 16pt or more with bigger headings', async () => {
    const referral = await newReferral();
    await saveCarePlan(referral);
    const sizesOf = async (largePrint: boolean) => {
      const made = (await makeLetter(referral.id, { kind: 'care_plan', largePrint })).json();
      expect(made.largePrint).toBe(largePrint);
      const { runs } = readPdfText((await download(made.downloadUrl)).rawPayload);
      const sizeOf = (text: string) => runs.find((run) => run.text.includes(text))?.size ?? 0;
      return { body: sizeOf('Join the Tuesday walking group'), heading: sizeOf('Your goals'), title: sizeOf('Your care plan') };
    };
    const standard = await sizesOf(false);
    const large = await sizesOf(true);
    expect(standard.body).toBe(12);
    expect(large.body).toBeGreaterThanOrEqual(16);
    expect(large.heading).toBeGreaterThan(large.body);
    expect(large.title).toBeGreaterThan(large.heading);
    expect(large.heading).toBeGreaterThan(standard.heading);
  });

  it('makes an appointment letter with the UK date and time, how and where, and who with', async () => {
    const referral = await newReferral();
    const [appointment] = await db()
      .insert(appointments)
      .values({
        organisationId: tenant.pcn,
        referralId: referral.id,
        personId: referral.personId,
        workerUserId: workerId,
        // 14:30 in London (BST) on a summer's day.
        startsAt: new Date('2027-06-15T13:30:00Z'),
        durationMinutes: 45,
        mode: 'face_to_face',
        place: 'Meanwood Community Centre, room 2',
      })
      .returning();
    if (!appointment) throw new Error('no appointment');
    const url = `/api/appointments/${appointment.id}/letters`;
    const response = await app.inject({ method: 'POST', url, headers: worker.writeHeaders, payload: { largePrint: true } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'appointment', appointmentId: appointment.id, title: 'Your appointment' });
    const { text } = readPdfText((await download(response.json().downloadUrl)).rawPayload);
    for (const expected of [
      'Date: Tuesday 15 June 2027',
      'Time: 14:30 to 15:15 (45 minutes)',
      'How: In person',
      'Where: Meanwood Community Centre, room 2',
      'With: Sam Worker',
      'If you need to change or cancel it',
    ]) {
      expect(text).toContain(expected);
    }

    // Another PCN learns nothing; a cancelled appointment gets no letter.
    expect((await app.inject({ method: 'POST', url, headers: otherPcnWorker.writeHeaders, payload: {} })).statusCode).toBe(404);
    await db().update(appointments).set({ status: 'cancelled' }).where(eq(appointments.id, appointment.id));
    expect((await app.inject({ method: 'POST', url, headers: worker.writeHeaders, payload: {} })).statusCode).toBe(409);
  });

  it('makes the discharge letter from the message back, only once the referral has ended', async () => {
    const referral = await newReferral();
    const early = await makeLetter(referral.id, { kind: 'discharge' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('still open');

    const discharged = await app.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/discharge`,
      headers: worker.writeHeaders,
      payload: {
        outcome: 'goals_met',
        reason: 'Walks with the group every week',
        summary: 'Ada now meets friends twice a week.',
      },
    });
    expect(discharged.statusCode).toBe(200);
    const message = discharged.json();

    const made = (await makeLetter(referral.id, { kind: 'discharge' })).json();
    expect(made).toMatchObject({ kind: 'discharge', title: 'Discharge letter' });
    const { text } = readPdfText((await download(made.downloadUrl)).rawPayload);
    for (const expected of [
      `About: ${message.personName}`,
      message.whatHappened,
      'Outcome: Goals met',
      'Reason for discharge: Walks with the group every week',
      'Ada now meets friends twice a week.',
      'Codes for the GP record',
      'Yours sincerely, Sam Worker',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("lists the person's letters newest first, and keeps them from other PCNs and from referrers", async () => {
    const referral = await newReferral();
    await saveCarePlan(referral);
    const first = (await makeLetter(referral.id, { kind: 'care_plan' })).json();
    const second = (await makeLetter(referral.id, { kind: 'care_plan', largePrint: true })).json();

    const list = await download(`/api/people/${referral.personId}/letters`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 2,
      page: 1,
      items: [
        { id: second.id, kind: 'care_plan', title: 'Your care plan', createdByName: 'Sam Worker', largePrint: true },
        { id: first.id, largePrint: false, byteLength: first.byteLength },
      ],
    });

    expect((await download(`/api/people/${referral.personId}/letters`, otherPcnWorker)).statusCode).toBe(404);
    expect((await download(first.downloadUrl, otherPcnWorker)).statusCode).toBe(404);
    expect((await makeLetter(referral.id, { kind: 'care_plan' }, otherPcnWorker)).statusCode).toBe(404);
    expect((await download(`/api/letters/${crypto.randomUUID()}.pdf`)).statusCode).toBe(404);
    expect((await download(first.downloadUrl, referrer)).statusCode).toBe(403);
    expect((await makeLetter(referral.id, { kind: 'care_plan' }, referrer)).statusCode).toBe(403);
  });

  it('describes the letter routes in the OpenAPI document', async () => {
    const docs = (await app.inject({ url: '/api/docs/json' })).json();
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/referrals/{id}/letters',
        '/api/appointments/{id}/letters',
        '/api/people/{id}/letters',
        '/api/letters/{id}.pdf',
      ]),
    );
  });
});

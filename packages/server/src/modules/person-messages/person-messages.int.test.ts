import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNotifyServer, startLocalNotifyServer } from '../../../test/notify-server/notify-server.ts';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { appointments, auditEvents, jobs, people, personMessages } from '../../db/schema/index.ts';
import { type JobHandlers, runDueJobs } from '../../jobs/job-queue.ts';
import { APPOINTMENT_BOOKED_JOB, appointmentBookedDedupeKey } from '../appointments/appointment-jobs.ts';
import { APPOINTMENT_REMINDER_JOB, APPOINTMENT_REMINDER_SCAN_JOB } from './appointment-message-jobs.ts';
import { notifyGatewayFrom } from './notify-gateway.ts';
import { personMessageJobHandlers } from './person-message-jobs.ts';
import { PERSON_MESSAGE_SEND_JOB } from './person-message-queue.ts';
import { PERSON_MESSAGE_STATUS_JOB } from './person-message-status-job.ts';

const MINUTE = 60_000;

describe('messages to the person through GOV.UK Notify', () => {
  let app: KithApp;
  let notify: LocalNotifyServer;
  let tenant: TestTenant;
  let worker: SignedIn;
  let workerId: string;
  let admin: SignedIn;
  let handlers: JobHandlers;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    notify = await startLocalNotifyServer();
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wendy Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    handlers = personMessageJobHandlers({
      apiKey: notify.apiKey,
      baseUrl: notify.url,
      smsTemplateId: notify.smsTemplateId,
      emailTemplateId: notify.emailTemplateId,
    });
  });
  afterAll(async () => {
    await app.close();
    await notify.close();
  });

  async function personWith(contact: Partial<typeof people.$inferInsert>): Promise<TestReferral> {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
    });
    await db()
      .update(people)
      .set({ contactConsent: true, preferredContactMethod: 'text', phone: '07700 900123', ...contact })
      .where(eq(people.id, referral.personId));
    return referral;
  }
  const send = (personId: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/people/${personId}/messages`, headers: worker.writeHeaders, payload });
  const messagesOf = async (personId: string) =>
    (await app.inject({ url: `/api/people/${personId}/messages`, headers: { cookie: worker.cookie } })).json();
  /** Runs the given kinds' due jobs at `at`, like the worker would then. */
  const run = (kinds: string[], at = new Date()) =>
    runDueJobs(db(), Object.fromEntries(kinds.map((k) => [k, handlers[k]])) as JobHandlers, at, 50);

  it('sends a text message, keeps Notify’s id and polls its status through to delivered, on the timeline', async () => {
    const referral = await personWith({});
    const response = await send(referral.personId, { message: 'See you on Tuesday at the library.' });
    expect(response.statusCode).toBe(201);
    const message = response.json();
    expect(message).toMatchObject({
      channel: 'sms',
      status: 'queued',
      recipient: '07700900123',
      body: 'See you on Tuesday at the library.',
    });

    await run([PERSON_MESSAGE_SEND_JOB]);
    const sent = await notify.waitFor((m) => m.reference === message.id, 1000);
    expect(sent).toMatchObject({
      type: 'sms',
      to: '07700900123',
      templateId: notify.smsTemplateId,
      body: 'See you on Tuesday at the library.',
    });
    let [row] = await db().select().from(personMessages).where(eq(personMessages.id, message.id));
    expect(row).toMatchObject({ status: 'created', notifyId: sent.id });

    notify.setStatus(sent.id, 'delivered');
    await run([PERSON_MESSAGE_STATUS_JOB], new Date(Date.now() + 2 * MINUTE));
    [row] = await db().select().from(personMessages).where(eq(personMessages.id, message.id));
    expect(row?.status).toBe('delivered');

    const timeline = (
      await app.inject({ url: `/api/people/${referral.personId}/timeline`, headers: { cookie: worker.cookie } })
    ).json();
    expect(timeline.items).toContainEqual(
      expect.objectContaining({
        kind: 'message',
        title: 'Text message (message): Delivered',
        detail: 'See you on Tuesday at the library.',
      }),
    );
  });

  it('sends an email through the email template and stores a permanent failure, which can be retried', async () => {
    const referral = await personWith({ preferredContactMethod: 'email', email: 'ada@example.org' });
    const message = (await send(referral.personId, { message: 'Your group starts next week.' })).json();
    expect(message).toMatchObject({ channel: 'email', recipient: 'ada@example.org' });
    expect(message.subject).toMatch(/^A message from /);
    expect(message.body).toBe(`Hello ${referral.givenName},\n\nYour group starts next week.`);

    await run([PERSON_MESSAGE_SEND_JOB]);
    const sent = await notify.waitFor((m) => m.reference === message.id, 1000);
    expect(sent).toMatchObject({ type: 'email', to: 'ada@example.org', subject: message.subject, body: message.body });

    notify.setStatus(sent.id, 'permanent-failure');
    await run([PERSON_MESSAGE_STATUS_JOB], new Date(Date.now() + 2 * MINUTE));
    const failed = (await app.inject({ url: '/api/person-messages?status=failed', headers: { cookie: worker.cookie } })).json();
    expect(failed.items).toContainEqual(expect.objectContaining({ id: message.id, status: 'permanent-failure', canRetry: true }));

    const retried = await app.inject({
      method: 'POST',
      url: `/api/person-messages/${message.id}/retry`,
      headers: worker.writeHeaders,
    });
    expect(retried.json()).toMatchObject({ status: 'queued', canRetry: false });
    await run([PERSON_MESSAGE_SEND_JOB]);
    expect(notify.messages.filter((m) => m.reference === message.id)).toHaveLength(2);
    const again = await app.inject({
      method: 'POST',
      url: `/api/person-messages/${message.id}/retry`,
      headers: worker.writeHeaders,
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses without consent or outside the preferred channel, naming why', async () => {
    const noConsent = await personWith({ contactConsent: false });
    const refused = await send(noConsent.personId, { message: 'Hello' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('The person has not agreed to be contacted by text or email');

    const byPhone = await personWith({ preferredContactMethod: 'phone' });
    expect((await send(byPhone.personId, { message: 'Hello' })).json().message).toMatch(/prefers to be contacted by phone/);
    const landline = await personWith({ phone: '0113 496 0000' });
    expect((await send(landline.personId, { message: 'Hello' })).json().message).toMatch(/no UK mobile number/);
    const noAddress = await personWith({ preferredContactMethod: 'email', email: null });
    expect((await send(noAddress.personId, { message: 'Hello' })).statusCode).toBe(409);

    expect((await messagesOf(landline.personId)).contact).toMatchObject({ consent: true, channel: null });
    const rows = await db().select().from(personMessages).where(eq(personMessages.personId, noConsent.personId));
    expect(rows).toHaveLength(0);
  });

  it("keeps a person's messages to the care team over their PCN", async () => {
    const referral = await personWith({});
    await send(referral.personId, { message: 'Only for this PCN' });
    const otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const outsider = await signIn(app, await createTestUser(db(), [{ organisationId: otherPcn, role: 'link_worker' }]));
    const url = `/api/people/${referral.personId}/messages`;
    expect((await app.inject({ url, headers: { cookie: outsider.cookie } })).statusCode).toBe(404);
    const sent = await app.inject({ method: 'POST', url, headers: outsider.writeHeaders, payload: { message: 'Hello' } });
    expect(sent.statusCode).toBe(404);
    const theirs = (await app.inject({ url: '/api/person-messages?pageSize=200', headers: { cookie: outsider.cookie } })).json();
    expect(theirs.items.filter((m: { personId: string }) => m.personId === referral.personId)).toEqual([]);
    expect(
      (await app.inject({ method: 'POST', url, headers: admin.writeHeaders, payload: { message: 'Hello' } })).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: '/api/person-messages', headers: { cookie: admin.cookie } })).statusCode).toBe(403);
  });

  it('without a Notify key, messages wait as queued and are listed as waiting', async () => {
    const referral = await personWith({});
    const message = (await send(referral.personId, { message: 'Waiting for a key' })).json();
    const noKey = personMessageJobHandlers(app.kith.config.notify);
    expect(noKey[PERSON_MESSAGE_SEND_JOB]).toBeUndefined();
    await runDueJobs(db(), noKey, new Date(Date.now() + MINUTE));
    expect((await messagesOf(referral.personId)).items[0]).toMatchObject({ id: message.id, status: 'queued', lastError: null });
    const waiting = (await app.inject({ url: '/api/person-messages?pageSize=200', headers: { cookie: worker.cookie } })).json();
    expect(waiting.items).toContainEqual(
      expect.objectContaining({ id: message.id, status: 'queued', personName: expect.any(String) }),
    );
  });

  it('when Notify is down, retries with back-off and shows the error, then sends once it is back', async () => {
    const down = await startLocalNotifyServer();
    const gateway = notifyGatewayFrom({
      apiKey: down.apiKey,
      baseUrl: down.url,
      smsTemplateId: down.smsTemplateId,
      emailTemplateId: down.emailTemplateId,
    });
    await down.close();
    if (!gateway) throw new Error('no gateway');
    const downHandlers = personMessageJobHandlers(undefined, gateway);
    const referral = await personWith({});
    const message = (await send(referral.personId, { message: 'Are you there?' })).json();

    let at = Date.now();
    const first = await runDueJobs(
      db(),
      { [PERSON_MESSAGE_SEND_JOB]: downHandlers[PERSON_MESSAGE_SEND_JOB] } as JobHandlers,
      new Date(at),
    );
    expect(first.failed).toBeGreaterThanOrEqual(1);
    const [retrying] = (await messagesOf(referral.personId)).items;
    expect(retrying.status).toBe('queued');
    expect(retrying.lastError).toMatch(/^Retrying \(attempt 1 of 5\): GOV\.UK Notify could not be reached/);

    // The queue backs off 1, 2, 4, 8 minutes; at the last attempt the reason is kept on the message.
    for (let i = 0; i < 4; i += 1) {
      at += 60 * MINUTE;
      await runDueJobs(db(), { [PERSON_MESSAGE_SEND_JOB]: downHandlers[PERSON_MESSAGE_SEND_JOB] } as JobHandlers, new Date(at));
    }
    const [gaveUp] = (await messagesOf(referral.personId)).items;
    expect(gaveUp).toMatchObject({ status: 'queued', canRetry: true });
    expect(gaveUp.lastError).toMatch(/^GOV\.UK Notify could not be reached/);

    // Notify is back (the working server): a retry sends it.
    const retried = await app.inject({
      method: 'POST',
      url: `/api/person-messages/${message.id}/retry`,
      headers: worker.writeHeaders,
    });
    expect(retried.statusCode).toBe(200);
    await run([PERSON_MESSAGE_SEND_JOB]);
    expect(notify.messages.some((m) => m.reference === message.id)).toBe(true);
  });

  it('confirms a booked appointment in the preferred channel, reminds once 24 hours before, and skips a person without consent', async () => {
    const referral = await personWith({});
    const startsAt = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
    startsAt.setUTCHours(13, 30, 0, 0);
    const [appointment] = await db()
      .insert(appointments)
      .values({
        organisationId: tenant.pcn,
        referralId: referral.id,
        personId: referral.personId,
        workerUserId: workerId,
        startsAt,
        durationMinutes: 45,
        mode: 'face_to_face',
        place: 'Hyde Park Library',
        createdBy: workerId,
      })
      .returning();
    if (!appointment) throw new Error('no appointment');
    await db()
      .insert(jobs)
      .values({
        kind: APPOINTMENT_BOOKED_JOB,
        payload: { appointmentId: appointment.id, change: 'booked' },
        runAt: new Date(),
        dedupeKey: appointmentBookedDedupeKey(appointment.id, 1),
      });
    await run([APPOINTMENT_BOOKED_JOB]);
    const [confirmation] = await db().select().from(personMessages).where(eq(personMessages.appointmentId, appointment.id));
    expect(confirmation).toMatchObject({ templateKey: 'appointment_confirmation', channel: 'sms', status: 'queued' });
    expect(confirmation?.body).toContain('Wendy Worker');
    expect(confirmation?.body).toContain('(in person)');
    expect(confirmation?.body).toMatch(/at \d{1,2}:30[ap]m/);

    // A day and a bit before: nothing yet. Within 24 hours: one reminder, however often the scan runs.
    const reminderKinds = [APPOINTMENT_REMINDER_SCAN_JOB, APPOINTMENT_REMINDER_JOB];
    await run(reminderKinds, new Date(startsAt.getTime() - 30 * 60 * MINUTE));
    const remindersOf = () =>
      db()
        .select()
        .from(personMessages)
        .where(and(eq(personMessages.appointmentId, appointment.id), eq(personMessages.templateKey, 'appointment_reminder')));
    expect(await remindersOf()).toHaveLength(0);
    for (const hoursBefore of [23.9, 23.5, 23]) {
      const at = new Date(startsAt.getTime() - hoursBefore * 60 * MINUTE);
      await db().insert(jobs).values({ kind: APPOINTMENT_REMINDER_SCAN_JOB, payload: {}, runAt: at });
      await run(reminderKinds, at);
      await run(reminderKinds, at);
    }
    const reminders = await remindersOf();
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toMatch(/^Reminder: your appointment with Wendy Worker/);

    // Without consent the booking job still completes; the skip is in the audit trail.
    const noConsent = await personWith({ contactConsent: false });
    const [other] = await db()
      .insert(appointments)
      .values({
        organisationId: tenant.pcn,
        referralId: noConsent.id,
        personId: noConsent.personId,
        workerUserId: workerId,
        startsAt,
        durationMinutes: 30,
        mode: 'phone',
      })
      .returning();
    if (!other) throw new Error('no appointment');
    await db()
      .insert(jobs)
      .values({
        kind: APPOINTMENT_BOOKED_JOB,
        payload: { appointmentId: other.id, change: 'booked' },
        runAt: new Date(),
        dedupeKey: appointmentBookedDedupeKey(other.id, 1),
      });
    const summary = await run([APPOINTMENT_BOOKED_JOB]);
    expect(summary.failed).toBe(0);
    expect(await db().select().from(personMessages).where(eq(personMessages.appointmentId, other.id))).toHaveLength(0);
    const [skipped] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'person_message_skipped'), eq(auditEvents.recordId, other.id)));
    expect(skipped?.detail).toMatchObject({
      templateKey: 'appointment_confirmation',
      reason: expect.stringMatching(/not agreed/),
    });
  });

  it('lets admins edit the wording, with only the allowed placeholders', async () => {
    const list = await app.inject({ url: '/api/message-templates', headers: { cookie: admin.cookie } });
    expect(list.statusCode).toBe(200);
    const sms = list.json().items.find((t: { key: string; channel: string }) => t.key === 'free_text' && t.channel === 'sms');
    expect(sms.placeholders).toEqual(['first_name', 'service', 'message']);
    const put = (payload: Record<string, unknown>, session = admin) =>
      app.inject({ method: 'PUT', url: `/api/message-templates/${sms.id}`, headers: session.writeHeaders, payload });

    const unknown = await put({ body: 'Hi ((nhs_number)): ((message))' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0]).toMatchObject({ path: 'body', message: expect.stringContaining('((nhs_number))') });
    expect((await put({ body: '((message))' }, worker)).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/message-templates', headers: { cookie: worker.cookie } })).statusCode).toBe(403);

    const saved = await put({ body: '((message)) - ((service))' });
    expect(saved.statusCode).toBe(200);
    try {
      const referral = await personWith({});
      expect((await send(referral.personId, { message: 'Hello' })).json().body).toMatch(/^Hello - /);
    } finally {
      await put({ body: '((message))' });
    }
  });
});

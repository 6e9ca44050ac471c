import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { outboxEmails } from '../../db/schema/index.ts';
import { kithJobHandlers } from '../../jobs/job-handlers.ts';
import { runDueJobs } from '../../jobs/job-queue.ts';
import { type MailTransport, outboxSender } from './outbox-send-job.ts';
import { OUTBOX_SEND_JOB, sendEmail } from './outbox-service.ts';

describe('email outbox', () => {
  let app: KithApp;
  let admin: SignedIn;
  let worker: SignedIn;
  const db = () => app.kith.database.db;
  const address = () => `outbox-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const emailRow = async (id: string) => (await db().select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0];

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  it('without SMTP an email stays in the outbox, unsent, and GET /api/admin/outbox lists it for admins only', async () => {
    const to = address();
    const id = await db().transaction((tx) => sendEmail(tx, { to, subject: 'Hello', textBody: 'Body' }));
    expect(kithJobHandlers(app.kith.config.email)[OUTBOX_SEND_JOB]).toBeUndefined();
    await runDueJobs(db(), kithJobHandlers(app.kith.config.email), new Date(Date.now() + 60_000));
    expect((await emailRow(id))?.sentAt).toBeNull();

    const listed = await app.inject({
      method: 'GET',
      url: '/api/admin/outbox?unsentOnly=true&pageSize=200',
      headers: { cookie: admin.cookie },
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.find((e: { id: string }) => e.id === id)).toMatchObject({ to, subject: 'Hello', sentAt: null });
    const refused = await app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: worker.cookie } });
    expect(refused.statusCode).toBe(403);
  });

  it('an email rolled back with its change is never queued', async () => {
    const to = address();
    await expect(
      db().transaction(async (tx) => {
        await sendEmail(tx, { to, subject: 'Never', textBody: 'x' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await db().select().from(outboxEmails).where(eq(outboxEmails.to, to))).toEqual([]);
  });

  it('with SMTP configured the send job sends the email once and records sentAt', async () => {
    const to = address();
    const sent: string[] = [];
    const transport: MailTransport = { sendMail: async (m) => sent.push(m.to) };
    const id = await db().transaction((tx) => sendEmail(tx, { to, subject: 'Hi', textBody: 'Body' }));
    const now = new Date(Date.now() + 60_000);
    await runDueJobs(db(), { [OUTBOX_SEND_JOB]: outboxSender(transport, 'Kith <kith@example.org>') }, now, 500);
    await runDueJobs(db(), { [OUTBOX_SEND_JOB]: outboxSender(transport, 'Kith <kith@example.org>') }, now, 500);
    expect(sent.filter((t) => t === to)).toEqual([to]);
    expect((await emailRow(id))?.sentAt?.getTime()).toBe(now.getTime());
  });

  it('a send that keeps failing is retried and, after the last attempt, the error is shown on the email', async () => {
    const to = address();
    const transport: MailTransport = {
      sendMail: async (m) => {
        if (m.to === to) throw new Error('SMTP 550 mailbox unavailable');
      },
    };
    const id = await db().transaction((tx) => sendEmail(tx, { to, subject: 'Fails', textBody: 'x' }));
    let now = Date.now();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      now += 2 * 3_600_000;
      await runDueJobs(db(), { [OUTBOX_SEND_JOB]: outboxSender(transport, 'kith@example.org') }, new Date(now), 500);
    }
    const row = await emailRow(id);
    expect(row?.sentAt).toBeNull();
    expect(row?.error).toContain('550');
  });
});

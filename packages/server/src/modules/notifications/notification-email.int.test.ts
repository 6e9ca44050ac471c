import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { openFreshDatabase } from '../../../test/test-database.ts';
import type { KithApp } from '../../app.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { jobs, outboxEmails } from '../../db/schema/index.ts';
import { runDueJobs } from '../../jobs/job-queue.ts';
import { smtpOutboxSender } from '../outbox/outbox-send-job.ts';
import { OUTBOX_SEND_JOB } from '../outbox/outbox-service.ts';

/**
 * Notification email end to end: a safeguarding concern raised through the API queues an outbox
 * email in the same transaction, and the job queue delivers it over SMTP to a real server.
 */
describe('notification email over SMTP', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let admin: SignedIn;
  let lead: { id: string; email: string };
  let smtp: TestSmtpServer;
  const db = () => app.kith.database.db;
  const publicUrl = 'https://kith.example.org';

  /** Runs only the outbox send jobs, against the given SMTP server, at `now`. */
  const runSendJobs = (smtpUrl: string, now: Date) => {
    const sender = smtpOutboxSender({ smtpUrl, from: 'Kith <kith@example.org>', publicUrl });
    if (!sender) throw new Error('no sender');
    return runDueJobs(db(), { [OUTBOX_SEND_JOB]: sender }, now, 500);
  };
  const raise = async (referral: TestReferral) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/people/${referral.personId}/safeguarding-concerns`,
      headers: worker.writeHeaders,
      payload: { referralId: referral.id, category: 'financial', description: 'Bank card taken.', immediateRisk: false },
    });
    expect(response.statusCode).toBe(201);
    return response.json().concern.id as string;
  };
  const emailTo = async (to: string) => {
    const [email] = await db().select().from(outboxEmails).where(eq(outboxEmails.to, to));
    if (!email) throw new Error('no email queued');
    return email;
  };

  let fresh: Awaited<ReturnType<typeof openFreshDatabase>>;

  // A database of its own: the test runs every due send job, and must not send (over real SMTP)
  // the emails other test files left in the shared database.
  beforeAll(async () => {
    fresh = await openFreshDatabase();
    await migrateDatabase(fresh.database);
    app = await buildTestApp({ KITH_PUBLIC_URL: publicUrl }, fresh.database);
    smtp = await startTestSmtpServer();
    tenant = await createTestTenant(db());
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
  });
  afterAll(async () => {
    await smtp.close();
    await app.close();
    await fresh.close();
  });

  const designateLead = async () => {
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]);
    const set = await app.inject({
      method: 'PUT',
      url: `/api/organisations/${tenant.pcn}/safeguarding-leads`,
      headers: admin.writeHeaders,
      payload: { userIds: [user.id] },
    });
    expect(set.statusCode).toBe(200);
    return { id: user.id, email: user.email };
  };

  it('a raised concern emails the designated lead over SMTP, with no name or NHS number', async () => {
    lead = await designateLead();
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    const concernId = await raise(referral);

    await runSendJobs(smtp.url, new Date(Date.now() + 1000));
    const mail = await smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(lead.email), 5000);
    expect(mail.subject).toBe('Kith: a safeguarding concern needs your attention');
    for (const secret of [referral.givenName, referral.familyName, referral.nhsNumber]) {
      expect(mail.subject).not.toContain(secret);
      expect(mail.text).not.toContain(secret);
    }
    expect(mail.text).toContain(`${publicUrl}/safeguarding/${concernId}`);
    expect((await emailTo(lead.email)).sentAt).toBeInstanceOf(Date);
  });

  it('with SMTP down the email waits, is retried with back-off, and is sent once SMTP is back', async () => {
    // A port nobody listens on any more.
    const down = await startTestSmtpServer();
    const downUrl = down.url;
    await down.close();
    lead = await designateLead();
    const referral = await createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: null, referrerUserId: null });
    await raise(referral);
    const email = await emailTo(lead.email);

    const now = new Date(Date.now() + 1000);
    await runSendJobs(downUrl, now);
    const [job] = await db()
      .select()
      .from(jobs)
      .where(sql`${jobs.kind} = ${OUTBOX_SEND_JOB} AND ${jobs.payload}->>'emailId' = ${email.id}`);
    expect(job).toMatchObject({ attempts: 1, completedAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
    expect(job?.runAt.getTime()).toBeGreaterThan(now.getTime());
    expect((await emailTo(lead.email)).sentAt).toBeNull();
    const outbox = await app.inject({
      url: '/api/admin/outbox?unsentOnly=true&pageSize=200',
      headers: { cookie: admin.cookie },
    });
    expect(outbox.json().items.map((e: { id: string }) => e.id)).toContain(email.id);

    // Back-off: a minute after the failure it is tried again, now against a working server.
    const back = await startTestSmtpServer();
    try {
      await runSendJobs(back.url, new Date(now.getTime() + 61_000));
      const mail = await back.waitFor((m) => JSON.stringify(m.to).includes(lead.email), 5000);
      expect(mail.subject).toBe('Kith: a safeguarding concern needs your attention');
      expect((await emailTo(lead.email)).sentAt).toBeInstanceOf(Date);
    } finally {
      await back.close();
    }
  });
});

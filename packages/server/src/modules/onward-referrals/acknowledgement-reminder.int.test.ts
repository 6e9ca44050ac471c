import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, jobs, notifications, onwardReferralEvents, onwardReferrals } from '../../db/schema/index.ts';
import { kithJobHandlers } from '../../jobs/job-handlers.ts';
import { runDueJobs } from '../../jobs/job-queue.ts';
import { createTestOnwardService, type TestOnwardService } from './onward-test-data.ts';

/**
 * The reminder (an `onward_unacknowledged` notification) when a provider does not answer in time. This file's app allows one business
 * day, so its checks fall due days before those queued by other test files (five days): running
 * the queue at "deadline + a minute" here never picks up another file's referrals.
 */
describe('acknowledgement reminder', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let worker: SignedIn;
  let workerId: string;
  let provider: SignedIn;
  let service: TestOnwardService;
  const db = () => app.kith.database.db;
  const minute = 60_000;

  beforeAll(async () => {
    app = await buildTestApp({ KITH_ONWARD_ACK_BUSINESS_DAYS: '1' });
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    provider = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.vcse, role: 'vcse_provider' }]));
    service = await createTestOnwardService(db(), { kithOrganisationId: tenant.vcse });
  });
  afterAll(() => app.close());

  const sendOne = async () => {
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: null,
    });
    const response = await app.inject({
      method: 'POST',
      url: `/api/people/${referral.personId}/onward-referrals`,
      headers: worker.writeHeaders,
      payload: { serviceId: service.serviceId, sharedFields: ['name'], consentGiven: true },
    });
    expect(response.statusCode).toBe(201);
    const id = response.json().id as string;
    const [job] = await db()
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `onward-ack:${id}`));
    if (!job) throw new Error('no acknowledgement check queued');
    return { id, deadline: job.runAt, jobId: job.id };
  };
  /** Runs the queue at `now` until nothing due is left. */
  const runQueueAt = async (now: Date) => {
    for (;;) {
      const { claimed } = await runDueJobs(db(), kithJobHandlers(), now, 50);
      if (claimed === 0) return;
    }
  };
  const remindersFor = (id: string) =>
    db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, id), eq(notifications.kind, 'onward_unacknowledged')));

  it('an unanswered referral raises one reminder for the sender once the deadline has passed, however often the job runs', async () => {
    const { id, deadline, jobId } = await sendOne();

    await runQueueAt(new Date(deadline.getTime() - minute));
    expect(await remindersFor(id)).toHaveLength(0);

    await runQueueAt(new Date(deadline.getTime() + minute));
    const raised = await remindersFor(id);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      userId: workerId,
      kind: 'onward_unacknowledged',
      link: `/onward-referrals/${id}`,
      readAt: null,
    });
    expect(raised[0]?.title).toContain(service.serviceName);
    expect(raised[0]?.title).toContain('1 business day');
    const [row] = await db().select().from(onwardReferrals).where(eq(onwardReferrals.id, id));
    expect(row?.reminderRaisedAt).toBeInstanceOf(Date);
    expect(row?.status).toBe('requested');
    const systemEvents = await db()
      .select()
      .from(onwardReferralEvents)
      .where(and(eq(onwardReferralEvents.onwardReferralId, id), eq(onwardReferralEvents.side, 'system')));
    expect(systemEvents).toMatchObject([
      { fromStatus: 'requested', toStatus: 'requested', note: 'No reply from the provider within 1 business day' },
    ]);
    const [job] = await db().select().from(jobs).where(eq(jobs.id, jobId));
    expect(job?.completedAt).toBeInstanceOf(Date);

    // Delivered again (as after a crash between the work and the bookkeeping): still one reminder.
    await db().update(jobs).set({ completedAt: null }).where(eq(jobs.id, jobId));
    await runQueueAt(new Date(deadline.getTime() + 2 * minute));
    expect(await remindersFor(id)).toHaveLength(1);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'update')));
    expect(audits).toHaveLength(1);

    const mine = await app.inject({ url: '/api/notifications', headers: { cookie: worker.cookie } });
    expect(mine.json().items.map((r: { link: string }) => r.link)).toContain(`/onward-referrals/${id}`);
    const seen = await app.inject({ url: `/api/onward-referrals/${id}`, headers: { cookie: worker.cookie } });
    expect(seen.json().reminderRaisedAt).not.toBeNull();
    expect(seen.json().events.at(-1)).toMatchObject({ side: 'system', actorName: null });
  });

  it('a referral the provider accepted before the deadline raises no reminder', async () => {
    const { id, deadline, jobId } = await sendOne();
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/provider/onward-referrals/${id}/status`,
      headers: provider.writeHeaders,
      payload: { status: 'accepted' },
    });
    expect(accepted.statusCode).toBe(200);
    await runQueueAt(new Date(deadline.getTime() + minute));
    expect(await remindersFor(id)).toHaveLength(0);
    const [row] = await db().select().from(onwardReferrals).where(eq(onwardReferrals.id, id));
    expect(row?.reminderRaisedAt).toBeNull();
    const [job] = await db().select().from(jobs).where(eq(jobs.id, jobId));
    expect(job?.completedAt).toBeInstanceOf(Date);
  });
});

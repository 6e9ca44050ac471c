import {
  type AdminSection,
  type CommissionerSection,
  type Dashboard,
  DEFAULT_CHECKLIST_ITEMS,
  type LinkWorkerSection,
  type PcnManagerSection,
  type ProviderSection,
  type ReferrerSection,
  type SupervisorSection,
  ukToday,
} from '@kith/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { implementationChecklistItems, outboxEmails, supervisionSessions, workforcePosts } from '../../db/schema/index.ts';
import { createTestOnwardService } from '../onward-referrals/onward-test-data.ts';
import { createTestCases, createTestPost } from '../reports/pressure/pressure-test-data.ts';
import { getReportSettings } from '../reports/settings/report-settings-service.ts';
import { summariseTasksFor } from '../tasks/task-list.ts';
import {
  createTestAppointment,
  createTestConcern,
  createTestOnwardReferral,
  createTestTask,
  daysAgo,
  setLastContact,
  setReferral,
} from './dashboard-test-data.ts';

describe('GET /api/dashboard', () => {
  let app: KithApp;
  let a: TestTenant;
  /** Another PCN: nothing of it may count on A's dashboards. */
  let b: TestTenant;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    a = await createTestTenant(db());
    b = await createTestTenant(db());
  });
  afterAll(() => app.close());

  async function dashboardOf(user: { email: string; password: string }): Promise<Dashboard> {
    const session = await signIn(app, user);
    const response = await app.inject({ url: '/api/dashboard', headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  function sectionOf<T extends Dashboard['sections'][number]>(dashboard: Dashboard, role: T['role']): T {
    const section = dashboard.sections.find((s) => s.role === role);
    if (!section) throw new Error(`no ${role} section`);
    return section as T;
  }

  const referralIn = (tenant: TestTenant, options: { worker?: string | null; referrer?: string | null } = {}) =>
    createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: options.worker ?? null,
      referrerUserId: options.referrer ?? null,
      status: 'active',
    });

  it('asks for a session, and gives a user without roles no sections', async () => {
    expect((await app.inject({ url: '/api/dashboard' })).statusCode).toBe(401);
    const nobody = await createTestUser(db(), []);
    expect((await dashboardOf(nobody)).sections).toEqual([]);
  });

  it("shows a link worker their day, counting nothing of another PCN's", async () => {
    const worker = await createTestUser(db(), [{ organisationId: a.pcn, role: 'link_worker' }]);
    const at = (days: number) => daysAgo(days).toISOString();
    // New (2, high), allocated long ago and never contacted (1), active: contacted 20 and 1 days ago.
    await createTestCases(db(), {
      pcnId: a.pcn,
      workerId: worker.id,
      count: 2,
      complexity: 'high',
      allocatedAt: at(2),
      status: 'allocated',
    });
    await createTestCases(db(), {
      pcnId: a.pcn,
      workerId: worker.id,
      count: 1,
      complexity: null,
      allocatedAt: at(10),
      status: 'allocated',
    });
    const [stale, fresh] = await createTestCases(db(), {
      pcnId: a.pcn,
      workerId: worker.id,
      count: 2,
      complexity: 'low',
      allocatedAt: at(40),
    });
    await setLastContact(db(), stale as string, daysAgo(20));
    await setLastContact(db(), fresh as string, daysAgo(1));
    const seen: TestReferral = await referralIn(a, { worker: worker.id });
    await setLastContact(db(), seen.id, new Date());
    // The same worker's cases in another PCN are outside their caseload scope.
    await createTestCases(db(), {
      pcnId: b.pcn,
      workerId: worker.id,
      count: 3,
      complexity: 'high',
      allocatedAt: at(1),
      status: 'allocated',
    });
    const elsewhere = await referralIn(b, { worker: worker.id });

    await createTestAppointment(db(), { organisationId: a.pcn, referral: seen, workerId: worker.id, startsAt: new Date() });
    await createTestAppointment(db(), {
      organisationId: a.pcn,
      referral: seen,
      workerId: worker.id,
      startsAt: new Date(),
      status: 'cancelled',
    });
    await createTestAppointment(db(), {
      organisationId: a.pcn,
      referral: seen,
      workerId: worker.id,
      startsAt: new Date(Date.now() + 26 * 3_600_000),
    });
    const today = ukToday();
    await createTestTask(db(), {
      organisationId: a.pcn,
      assigneeUserId: worker.id,
      title: 'Ring the housing office',
      dueOn: '2020-01-01',
    });
    await createTestTask(db(), { organisationId: a.pcn, assigneeUserId: worker.id, title: 'Book the room', dueOn: today });

    const service = await createTestOnwardService(db(), { kithOrganisationId: a.vcse });
    const onward = {
      serviceId: service.serviceId,
      directoryOrganisationId: service.directoryOrganisationId,
      requestedBy: worker.id,
    };
    const updated = await createTestOnwardReferral(db(), {
      ...onward,
      organisationId: a.pcn,
      referral: seen,
      status: 'accepted',
      sentAt: daysAgo(5),
      changedAt: daysAgo(1),
    });
    await createTestOnwardReferral(db(), {
      ...onward,
      organisationId: a.pcn,
      referral: seen,
      status: 'accepted',
      sentAt: daysAgo(20),
      changedAt: daysAgo(10),
    });
    await createTestOnwardReferral(db(), {
      ...onward,
      organisationId: b.pcn,
      referral: elsewhere,
      status: 'accepted',
      sentAt: daysAgo(5),
      changedAt: daysAgo(1),
    });

    const dashboard = await dashboardOf(worker);
    expect(dashboard.sections.map((s) => s.role)).toEqual(['link_worker']);
    const section = sectionOf<LinkWorkerSection>(dashboard, 'link_worker');

    expect(section.appointmentsToday.total).toBe(1);
    expect(section.appointmentsToday.items[0]?.referralId).toBe(seen.id);

    expect(section.tasks).toMatchObject(await summariseTasksFor(db(), worker.id, today));
    expect(section.tasks.overdue).toBeGreaterThanOrEqual(1);
    expect(section.tasks.dueToday).toBeGreaterThanOrEqual(1);
    expect(section.tasks.items.every((task) => task.dueOn <= today)).toBe(true);

    expect(section.newAllocations.total).toBe(2);
    expect(section.newAllocations.items.map((c) => c.urgency)).toEqual(['routine', 'routine']);

    expect(section.onwardUpdates.total).toBe(1);
    expect(section.onwardUpdates.items[0]).toMatchObject({
      onwardReferralId: updated,
      status: 'accepted',
      serviceName: service.serviceName,
    });

    const { pressure } = await getReportSettings(db());
    // 6 open cases here: 2 high (weight 2), 4 at weight 1; no post, so 1.0 WTE.
    expect(section.caseload).toMatchObject({ activeCases: 6, weightedCases: 8, capacity: pressure.activeCapacityPerWte, wte: 1 });

    // Never contacted first (the 3 allocated), then the one last contacted 20 days ago.
    expect(section.notContacted).toMatchObject({ days: 14, total: 4 });
    expect(section.notContacted.items.map((c) => c.daysSinceLastContact)).toEqual([null, null, null, 20]);
  });

  it('shows a supervisor the queue, safeguarding, team pressure and supervision of their PCN only', async () => {
    // A PCN of its own: the team and the queue hold only what this test puts there.
    const a = await createTestTenant(db());
    const supervisor = await createTestUser(db(), [{ organisationId: a.pcn, role: 'supervisor' }]);
    const busy = await createTestUser(db(), [{ organisationId: a.pcn, role: 'link_worker' }], { displayName: 'Busy Worker' });
    const calm = await createTestUser(db(), [{ organisationId: a.pcn, role: 'link_worker' }], { displayName: 'Calm Worker' });
    const other = await createTestUser(db(), [{ organisationId: b.pcn, role: 'link_worker' }]);
    const waiting = async (
      tenant: TestTenant,
      status: 'received' | 'triaged',
      urgency: 'urgent' | 'soon' | 'routine',
      days: number,
    ) => {
      const referral = await referralIn(tenant);
      await setReferral(db(), referral.id, { status, urgency, createdAt: daysAgo(days) });
      return referral;
    };
    const urgent = await waiting(a, 'received', 'urgent', 3);
    const routine = await waiting(a, 'triaged', 'routine', 10);
    const soon = await waiting(a, 'received', 'soon', 1);
    await waiting(b, 'received', 'urgent', 30);
    await createTestConcern(db(), { organisationId: a.pcn, referral: urgent, status: 'raised' });
    await createTestConcern(db(), { organisationId: a.pcn, referral: urgent, status: 'acknowledged' });
    await createTestConcern(db(), { organisationId: a.pcn, referral: urgent, status: 'closed' });
    const away = await referralIn(b);
    await createTestConcern(db(), { organisationId: b.pcn, referral: away, status: 'raised' });
    await createTestCases(db(), {
      pcnId: a.pcn,
      workerId: busy.id,
      count: 3,
      complexity: 'high',
      allocatedAt: daysAgo(5).toISOString(),
    });
    await createTestCases(db(), {
      pcnId: b.pcn,
      workerId: other.id,
      count: 9,
      complexity: 'high',
      allocatedAt: daysAgo(5).toISOString(),
    });
    await db()
      .insert(supervisionSessions)
      .values({
        pcnId: a.pcn,
        type: 'peer',
        heldOn: ukToday(daysAgo(10)),
        supervisorUserId: supervisor.id,
        superviseeUserId: calm.id,
        createdBy: supervisor.id,
      });

    const section = sectionOf<SupervisorSection>(await dashboardOf(supervisor), 'supervisor');

    expect(section.queue).toMatchObject({ total: 3, byUrgency: { urgent: 1, soon: 1, routine: 1 }, longestWaitingDays: 10 });
    expect(section.queue.items.map((i) => i.referralId)).toEqual([urgent.id, soon.id, routine.id]);
    expect(section.queue.items.map((i) => i.waitingDays)).toEqual([3, 1, 10]);
    expect(section.safeguarding).toEqual({ open: 2, notAcknowledged: 1 });

    const { pressure } = await getReportSettings(db());
    expect(section.teamPressure.workers).toBe(2);
    expect(section.teamPressure.items.map((w) => w.workerName)).toEqual(['Busy Worker', 'Calm Worker']);
    expect(section.teamPressure.items[0]).toMatchObject({
      activeCases: 3,
      weightedCases: 6,
      capacity: pressure.activeCapacityPerWte,
    });

    expect(section.supervision).toMatchObject({ due: 0, overdue: 1 });
    expect(section.supervision.items).toEqual([{ userId: busy.id, name: 'Busy Worker', status: 'overdue', daysSince: null }]);
  });

  it("shows a provider their inbox by state and the oldest unanswered, never another provider's", async () => {
    const a = await createTestTenant(db());
    const provider = await createTestUser(db(), [{ organisationId: a.vcse, role: 'vcse_provider' }]);
    const sender = await createTestUser(db(), [{ organisationId: a.pcn, role: 'link_worker' }]);
    const mine = await createTestOnwardService(db(), { kithOrganisationId: a.vcse });
    const theirs = await createTestOnwardService(db(), { kithOrganisationId: b.vcse });
    const referral = await referralIn(a, { worker: sender.id });
    const send = (service: typeof mine, status: 'requested' | 'accepted' | 'completed', days: number) =>
      createTestOnwardReferral(db(), {
        organisationId: a.pcn,
        referral,
        serviceId: service.serviceId,
        directoryOrganisationId: service.directoryOrganisationId,
        requestedBy: sender.id,
        status,
        sentAt: daysAgo(days),
      });
    const oldest = await send(mine, 'requested', 5);
    await send(mine, 'requested', 2);
    await send(mine, 'accepted', 8);
    await send(mine, 'completed', 30);
    await send(theirs, 'requested', 20);

    const section = sectionOf<ProviderSection>(await dashboardOf(provider), 'vcse_provider');
    const counts = Object.fromEntries(section.inbox.byStatus.map((s) => [s.status, s.count]));
    expect(section.inbox.open).toBe(3);
    expect(counts).toMatchObject({ requested: 2, accepted: 1, completed: 1, rejected: 0 });
    expect(section.unanswered).toMatchObject({ total: 2, oldestDays: 5 });
    expect(section.unanswered.items[0]).toMatchObject({
      onwardReferralId: oldest,
      serviceName: mine.serviceName,
      daysWaiting: 5,
    });
  });

  it('shows a referrer their referrals by status and the latest messages back', async () => {
    const referrer = await createTestUser(db(), [{ organisationId: a.practice, role: 'referrer' }]);
    const colleague = await createTestUser(db(), [{ organisationId: a.practice, role: 'referrer' }]);
    const made = async (status: 'received' | 'active' | 'discharged' | 'declined', endedDaysAgo?: number) => {
      const referral = await referralIn(a, { referrer: referrer.id });
      await setReferral(db(), referral.id, {
        status,
        ...(endedDaysAgo === undefined ? {} : { updatedAt: daysAgo(endedDaysAgo) }),
        ...(status === 'discharged' ? { dischargeOutcome: 'goals_met' } : {}),
      });
      return referral;
    };
    await made('received');
    await made('active');
    await made('discharged', 3);
    const declined = await made('declined', 1);
    const notMine = await referralIn(a, { referrer: colleague.id });
    await setReferral(db(), notMine.id, { status: 'discharged' });

    const section = sectionOf<ReferrerSection>(await dashboardOf(referrer), 'referrer');
    expect(section.referrals).toEqual({
      total: 4,
      byStatus: [
        { status: 'received', count: 1 },
        { status: 'active', count: 1 },
        { status: 'discharged', count: 1 },
        { status: 'declined', count: 1 },
      ],
    });
    expect(section.messagesBack.total).toBe(2);
    expect(section.messagesBack.items.map((m) => [m.status, m.dischargeOutcome])).toEqual([
      ['declined', null],
      ['discharged', 'goals_met'],
    ]);
    expect(section.messagesBack.items[0]?.referralId).toBe(declined.id);
  });

  it('shows a PCN manager checklist progress, funding and posts, and writes nothing', async () => {
    const a = await createTestTenant(db());
    const manager = await createTestUser(db(), [{ organisationId: a.pcn, role: 'pcn_manager' }]);
    const holder = await createTestUser(db(), [{ organisationId: a.pcn, role: 'link_worker' }]);
    await createTestPost(db(), { pcnId: a.pcn, employerId: a.practice, holderUserId: holder.id, wte: 1 });
    await createTestPost(db(), {
      pcnId: a.pcn,
      employerId: a.practice,
      holderUserId: holder.id,
      wte: 0.5,
      endDate: '2020-03-31',
    });
    await createTestPost(db(), { pcnId: b.pcn, employerId: b.practice, holderUserId: holder.id, wte: 1 });
    await db().insert(workforcePosts).values({
      pcnId: a.pcn,
      title: 'Vacant link worker post',
      role: 'link_worker',
      employmentModel: 'pcn_lead_practice',
      employerId: a.practice,
      band: '4',
      startingPayPoint: 1,
      wte: 1,
      startDate: '2024-04-01',
      contractType: 'permanent',
      fundingSource: 'arrs',
    });

    const section = sectionOf<PcnManagerSection>(await dashboardOf(manager), 'pcn_manager');
    expect(section.pcns).toHaveLength(1);
    const [pcn] = section.pcns;
    expect(pcn?.pcnId).toBe(a.pcn);
    expect(pcn?.posts).toEqual({ total: 2, filled: 1, vacant: 1 });
    expect(pcn?.checklist).toEqual({ done: 0, total: DEFAULT_CHECKLIST_ITEMS.length, overdue: 0 });
    const seeded = await db().select().from(implementationChecklistItems).where(eq(implementationChecklistItems.pcnId, a.pcn));
    expect(seeded).toHaveLength(0);

    const session = await signIn(app, manager);
    const plan = (
      await app.inject({ url: `/api/workforce/funding-plan?pcnId=${a.pcn}`, headers: { cookie: session.cookie } })
    ).json();
    expect(pcn?.funding).toEqual({
      financialYear: plan.financialYear,
      totalCost: plan.totals.totalCost,
      claimable: plan.totals.claimable,
      shortfall: plan.totals.shortfall,
    });
    expect(pcn?.funding.totalCost).toBeGreaterThan(0);
  });

  it("shows a commissioner the outcomes report's suppressed headlines", async () => {
    const commissioner = await createTestUser(db(), [{ organisationId: a.icb, role: 'commissioner' }]);
    const section = sectionOf<CommissionerSection>(await dashboardOf(commissioner), 'commissioner');
    const session = await signIn(app, commissioner);
    const report = (await app.inject({ url: '/api/reports/outcomes', headers: { cookie: session.cookie } })).json();
    expect(section.outcomes.suppressed).toBe(true);
    expect(section.outcomes.period).toEqual(report.period);
    expect(section.outcomes.headlines).toEqual(report.headlines);
  });

  it('shows an admin the outbox and the accounts in their scope', async () => {
    const tenant = await createTestTenant(db());
    const admin = await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]);
    await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    await db()
      .insert(outboxEmails)
      .values([
        { to: 'a@kith.test', subject: 'Waiting', textBody: 'x' },
        { to: 'b@kith.test', subject: 'Failed', textBody: 'x', error: 'connection refused' },
      ]);
    const section = sectionOf<AdminSection>(await dashboardOf(admin), 'admin');
    expect(section.users).toEqual({ total: 2, active: 2 });
    expect(section.outbox.waiting).toBeGreaterThanOrEqual(1);
    expect(section.outbox.failed).toBeGreaterThanOrEqual(1);
  });
});

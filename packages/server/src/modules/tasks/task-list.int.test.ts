import { type TaskItem, ukToday } from '@kith/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { onwardReferrals, referrals } from '../../db/schema/index.ts';
import { addDays } from './task-due-rules.ts';
import { listTasksFor, summariseTasksFor } from './task-list.ts';
import {
  daysAgo,
  recordTestMeasure,
  recordTestSupervision,
  recordTestTransition,
  sendTestOnwardReferral,
  setTestCarePlan,
} from './task-test-data.ts';

/** Each generated kind appears when its record asks for it and goes when the record is seen to. */
describe('generated tasks', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisorId: string;
  const today = ukToday();
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    supervisorId = (await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }])).id;
  });
  afterAll(() => app.close());

  const newWorker = async () => (await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }])).id;
  const caseOf = (workerId: string, status: 'allocated' | 'contacted' | 'active' = 'active') =>
    createTestReferral(db(), { organisationId: tenant.pcn, assignedWorkerId: workerId, referrerUserId: null, status });
  const tasksOf = async (workerId: string, referral?: TestReferral): Promise<TaskItem[]> =>
    (await listTasksFor(db(), workerId, today)).filter((t) => !referral || t.referralId === referral.id);
  const kinds = (tasks: TaskItem[]) => tasks.map((t) => t.kind).sort();

  it('contact due: first contact a week after allocation, then a fortnight after the last contact', async () => {
    const worker = await newWorker();
    const referral = await caseOf(worker, 'allocated');
    await recordTestTransition(db(), referral.id, 'allocated', 10);
    const [first] = await tasksOf(worker, referral);
    expect(first).toMatchObject({ kind: 'contact_due', dueOn: addDays(today, -3), overdue: true, link: `/cases/${referral.id}` });
    expect(first?.title).toContain(referral.familyName);
    expect(first?.title).not.toContain(referral.nhsNumber);

    await db()
      .update(referrals)
      .set({ lastContactAt: daysAgo(1) })
      .where(eq(referrals.id, referral.id));
    expect(await tasksOf(worker, referral)).toEqual([]);

    await db()
      .update(referrals)
      .set({ lastContactAt: daysAgo(20) })
      .where(eq(referrals.id, referral.id));
    const [again] = await tasksOf(worker, referral);
    expect(again).toMatchObject({ kind: 'contact_due', dueOn: addDays(today, -6) });
    expect(again?.sourceKey).not.toBe(first?.sourceKey);
  });

  it('review due and open plan actions with a due date; they go when the plan moves on', async () => {
    const worker = await newWorker();
    const referral = await caseOf(worker, 'contacted');
    await db()
      .update(referrals)
      .set({ lastContactAt: daysAgo(1) })
      .where(eq(referrals.id, referral.id));
    const action = (id: string, dueDate: string | null, done: boolean) => ({
      id,
      text: `Join the ${id} group`,
      owner: 'Ada',
      dueDate,
      done,
    });
    await setTestCarePlan(db(), referral.id, {
      reviewDate: addDays(today, 3),
      actions: [action('walking', today, false), action('choir', today, true), action('library', null, false)],
    });
    const tasks = await tasksOf(worker, referral);
    expect(kinds(tasks)).toEqual(['plan_action', 'review_due']);
    expect(tasks.find((t) => t.kind === 'plan_action')).toMatchObject({
      title: expect.stringContaining('walking'),
      dueOn: today,
    });
    expect(tasks.find((t) => t.kind === 'review_due')).toMatchObject({ dueOn: addDays(today, 3), overdue: false });

    await setTestCarePlan(db(), referral.id, { reviewDate: addDays(today, 40), actions: [action('walking', today, true)] });
    expect(await tasksOf(worker, referral)).toEqual([]);
  });

  it('measures due: the baseline once active, the review measure once the review date has come', async () => {
    const worker = await newWorker();
    const contacted = await caseOf(worker, 'contacted');
    const active = await caseOf(worker);
    for (const r of [contacted, active]) {
      await db()
        .update(referrals)
        .set({ lastContactAt: daysAgo(1) })
        .where(eq(referrals.id, r.id));
    }
    await recordTestTransition(db(), active.id, 'active', 10);
    expect(await tasksOf(worker, contacted)).toEqual([]);
    const [baseline] = await tasksOf(worker, active);
    expect(baseline).toMatchObject({ kind: 'measure_due', dueOn: addDays(today, -3), link: `/cases/${active.id}/outcomes` });

    await recordTestMeasure(db(), active, 'baseline', 2);
    expect(await tasksOf(worker, active)).toEqual([]);

    await setTestCarePlan(db(), active.id, { reviewDate: addDays(today, -1) });
    expect(kinds(await tasksOf(worker, active))).toEqual(['measure_due', 'review_due']);
    await recordTestMeasure(db(), active, 'review');
    expect(kinds(await tasksOf(worker, active))).toEqual(['review_due']);
  });

  it('an onward referral unanswered past the acknowledgement window, until the provider answers', async () => {
    const worker = await newWorker();
    const referral = await caseOf(worker, 'contacted');
    await db()
      .update(referrals)
      .set({ lastContactAt: daysAgo(1) })
      .where(eq(referrals.id, referral.id));
    const old = await sendTestOnwardReferral(db(), { organisationId: tenant.pcn, referral, requestedBy: worker, days: 10 });
    await sendTestOnwardReferral(db(), { organisationId: tenant.pcn, referral, requestedBy: worker, days: 0 });
    const tasks = await tasksOf(worker, referral);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'onward_unacknowledged', link: `/onward-referrals/${old}`, overdue: true });

    await db().update(onwardReferrals).set({ status: 'accepted' }).where(eq(onwardReferrals.id, old));
    expect(await tasksOf(worker, referral)).toEqual([]);
  });

  it('supervision due as the supervision module judges it', async () => {
    const worker = await newWorker();
    const supervisionTasks = async () => (await tasksOf(worker)).filter((t) => t.kind === 'supervision_due');
    expect(await supervisionTasks()).toMatchObject([{ dueOn: today, link: '/supervision' }]);

    await recordTestSupervision(db(), {
      pcnId: tenant.pcn,
      supervisorUserId: supervisorId,
      superviseeUserId: worker,
      today,
      days: 30,
    });
    expect(await supervisionTasks()).toMatchObject([{ dueOn: addDays(today, -2), overdue: true }]);

    await recordTestSupervision(db(), {
      pcnId: tenant.pcn,
      supervisorUserId: supervisorId,
      superviseeUserId: worker,
      today,
      days: 3,
    });
    expect(await supervisionTasks()).toEqual([]);
  });

  it('summarises open, due today and overdue, and honours the limit soonest first', async () => {
    const worker = await newWorker();
    const referral = await caseOf(worker, 'allocated');
    await recordTestTransition(db(), referral.id, 'allocated', 7);
    await setTestCarePlan(db(), referral.id, { reviewDate: addDays(today, -2) });
    const all = await listTasksFor(db(), worker, today);
    // Contact and supervision (never supervised) due today; the review and its measure two days ago.
    expect(kinds(all)).toEqual(['contact_due', 'measure_due', 'review_due', 'supervision_due']);
    expect(await summariseTasksFor(db(), worker, today)).toEqual({ open: 4, dueToday: 2, overdue: 2 });
    const [first] = await listTasksFor(db(), worker, today, { limit: 1 });
    expect(first?.kind).toBe('review_due');
  });
});

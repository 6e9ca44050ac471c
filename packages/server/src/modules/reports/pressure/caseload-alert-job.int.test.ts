import { DEFAULT_PRESSURE_SETTINGS } from '@kith/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, createTestTenant, createTestUser, type TestTenant } from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { jobs, notifications, referralTransitions } from '../../../db/schema/index.ts';
import { kithJobHandlers } from '../../../jobs/job-handlers.ts';
import { CASELOAD_ALERT_JOB, checkCaseloadAlerts, ensureCaseloadAlertJob, raiseCaseloadAlerts } from './caseload-alert-job.ts';
import { createTestCases, createTestPost } from './pressure-test-data.ts';

/**
 * The supervisors' alert, with default settings (capacity 40 per WTE, over above 100%, alert
 * after 14 days). The history is in 2001 and every case ends in the history on 1 June 2001, so
 * the job run at the real "now" by other test files finds nothing here. The job looks at the
 * whole database, so the checks are on this file's workers' notifications only.
 *
 *  Wren: 21 high cases (weighted 42 > 40) since 1 Jan 2001 → 59 days over on 28 Feb → alerted
 *  Uma: 21 high cases since 20 Feb → 9 days on 28 Feb → not yet
 *  Vic: 20 high cases (40, not above 40) since 1 Jan → never
 *  Xan: 21 high cases since 1 Jan, one discharged 1 Feb (back to 40), a new one on 10 Feb →
 *       over again for 19 days on 28 Feb; an alert from the first spell (a reminder the 0015
 *       migration copied into notifications) was read
 * Recipients: the PCN's supervisors Sol and Sky, and Cole, the clinical supervisor on Wren's post
 * (not a PCN member); Otto supervises another PCN.
 */
describe('caseload alert job', () => {
  let app: KithApp;
  let tenant: TestTenant;
  const ids: Record<string, string> = {};
  const db = () => app.kith.database.db;
  const FEB_28 = new Date('2001-02-28T06:00:00Z');
  const ENDS = '2001-06-01T09:00:00Z';

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const member = (role: 'link_worker' | 'supervisor', organisationId = tenant.pcn) => [{ organisationId, role }];
    for (const name of ['wren', 'uma', 'vic', 'xan']) ids[name] = (await createTestUser(db(), member('link_worker'))).id;
    ids.sol = (await createTestUser(db(), member('supervisor'))).id;
    ids.sky = (await createTestUser(db(), member('supervisor'))).id;
    ids.cole = (await createTestUser(db(), [])).id;
    ids.otto = (await createTestUser(db(), member('supervisor', otherPcn))).id;
    await createTestPost(db(), {
      pcnId: tenant.pcn,
      employerId: tenant.practice,
      holderUserId: ids.wren as string,
      wte: 1,
      clinicalSupervisorUserId: ids.cole,
    });
    const cases = (worker: string, count: number, allocatedAt: string) =>
      createTestCases(db(), {
        pcnId: tenant.pcn,
        workerId: ids[worker] as string,
        count,
        complexity: 'high',
        allocatedAt,
        endedAt: ENDS,
      });
    await cases('wren', 21, '2001-01-01T10:00:00Z');
    await cases('uma', 21, '2001-02-20T10:00:00Z');
    await cases('vic', 20, '2001-01-01T10:00:00Z');
    const [first] = await cases('xan', 21, '2001-01-01T10:00:00Z');
    await db()
      .update(referralTransitions)
      .set({ at: new Date('2001-02-01T10:00:00Z') })
      .where(and(eq(referralTransitions.referralId, first as string), eq(referralTransitions.toStatus, 'discharged')));
    await cases('xan', 1, '2001-02-10T10:00:00Z');
    await db()
      .insert(notifications)
      .values({
        userId: ids.sol as string,
        kind: 'caseload_over_capacity',
        subjectType: 'reminder',
        subjectId: ids.xan as string,
        title: 'from the first spell',
        link: '/reports/caseload-pressure',
        createdAt: new Date('2001-01-20T06:00:00Z'),
        readAt: new Date('2001-01-21T09:00:00Z'),
      });
  });
  afterAll(() => app.close());

  const alertsAbout = async (worker: string) =>
    (
      await db()
        .select()
        .from(notifications)
        .where(and(eq(notifications.subjectId, ids[worker] as string), eq(notifications.kind, 'caseload_pressure')))
    ).filter((r) => r.title !== 'from the first spell');
  const recipients = async (worker: string) => (await alertsAbout(worker)).map((r) => r.userId).sort();
  const raise = (now: Date) => db().transaction((tx) => raiseCaseloadAlerts(tx, DEFAULT_PRESSURE_SETTINGS, now, 'test'));

  it('alerts each supervisor of a worker over the threshold for N days, once, however often it runs', async () => {
    await raise(FEB_28);
    expect(await recipients('wren')).toEqual([ids.cole, ids.sky, ids.sol].sort());
    const [one] = await alertsAbout('wren');
    expect(one).toMatchObject({
      title: "Test User's caseload has been over 100% of capacity for 59 days in a row.",
      link: `/reports/caseload-pressure?workerId=${ids.wren}`,
      readAt: null,
      createdAt: FEB_28,
    });
    expect(await recipients('uma')).toEqual([]);
    expect(await recipients('vic')).toEqual([]);
    // A new spell after a read alert from an earlier one alerts again.
    expect(await recipients('xan')).toEqual([ids.sky, ids.sol].sort());

    await raise(FEB_28);
    await raise(new Date('2001-03-01T06:00:00Z'));
    expect(await recipients('wren')).toEqual([ids.cole, ids.sky, ids.sol].sort());
    expect(await recipients('xan')).toEqual([ids.sky, ids.sol].sort());
  });

  it('a read alert is not raised again while the same spell lasts; fewer days than N raise none', async () => {
    await db()
      .update(notifications)
      .set({ readAt: new Date('2001-03-02T09:00:00Z') })
      .where(and(eq(notifications.userId, ids.sol as string), eq(notifications.subjectId, ids.wren as string)));
    await raise(new Date('2001-03-03T06:00:00Z'));
    expect(await recipients('wren')).toEqual([ids.cole, ids.sky, ids.sol].sort());
    // Uma reaches 14 days on 5 March (20 Feb … 5 March).
    await raise(new Date('2001-03-04T06:00:00Z'));
    expect(await recipients('uma')).toEqual([]);
    await raise(new Date('2001-03-05T06:00:00Z'));
    expect(await recipients('uma')).toEqual([ids.sky, ids.sol].sort());
    expect(await recipients('vic')).toEqual([]);
  });

  it('runs as a daily job that queues the next day, registered with the worker', async () => {
    expect(kithJobHandlers()[CASELOAD_ALERT_JOB]).toBe(checkCaseloadAlerts);
    const start = new Date('2001-04-10T05:00:00Z');
    await ensureCaseloadAlertJob(db(), start);
    await ensureCaseloadAlertJob(db(), start);
    const queued = await db().select().from(jobs).where(eq(jobs.dedupeKey, 'caseload-alerts:2001-04-10'));
    expect(queued).toHaveLength(1);
    const job = queued[0];
    if (!job) throw new Error('no job');
    expect(job).toMatchObject({ kind: CASELOAD_ALERT_JOB, runAt: start });

    await db().transaction((tx) => checkCaseloadAlerts(tx, job, new Date('2001-04-10T06:00:00Z')));
    await db().transaction((tx) => checkCaseloadAlerts(tx, job, new Date('2001-04-10T06:00:00Z')));
    const next = await db().select().from(jobs).where(eq(jobs.dedupeKey, 'caseload-alerts:2001-04-11'));
    expect(next).toMatchObject([{ kind: CASELOAD_ALERT_JOB, runAt: new Date('2001-04-11T06:00:00Z') }]);
    // Keep these 2001 jobs away from other files' queue runs.
    await db()
      .update(jobs)
      .set({ completedAt: new Date() })
      .where(inArray(jobs.dedupeKey, ['caseload-alerts:2001-04-10', 'caseload-alerts:2001-04-11']));
  });
});

import type { ReportQuery } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import type { ReportScope } from '../report-types.ts';
import { caseloadPressureReport } from './caseload-pressure-report.ts';
import { createTestCases, createTestPost } from './pressure-test-data.ts';

/**
 * Caseload pressure against a hand-worked fixture (default settings: 40 active and 250 a year
 * per WTE, threshold 100%). "Now" for the builder is 2003-03-01 12:00 UTC; the period is
 * February 2001, so the weekly points are 7, 14, 21 and 28 February.
 *
 *  Avery (post 0.5 WTE → capacity 20, yearly 125):
 *    high, allocated 10 Jan, open · medium, allocated 10 Feb, open · not assessed, allocated 15 Feb, open
 *    low, allocated 5 Jan, discharged 20 Feb · low, allocated 15 Jan 2000, discharged 1 Jun 2000
 *    → 3 active, weighted 2 + 1.5 + 1 = 4.5 = 22.5%; 4 allocated in the last year = 3.2%
 *  Blake (no post → 1.0 WTE, capacity 40): 21 high cases allocated 1 Jan 2001 → 42 = 105%, over
 *    since 1 Jan: 60 days on 1 March
 *  Casey (a supervisor carrying one medium case allocated 25 Feb) → 1.5 of 40 = 3.75% → 3.8
 *  Finley (a link worker with no cases) → 0; Ellis (a supervisor with no cases) is not listed.
 *  A case of Blake's in another PCN is outside the report.
 *
 * Every open case also ends on 1 June 2001 in the history (the status stays open), so at the
 * real "now" no case is open in the history and the daily alert job finds nothing here.
 */
describe('caseload pressure report', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  let commissioner: SignedIn;
  let linkWorker: SignedIn;
  let blakeId: string;
  const db = () => app.kith.database.db;
  const ENDS = '2003-06-01T09:00:00Z';
  const period = 'from=2003-02-01&to=2003-02-28';

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const avery = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Avery A' });
    const blake = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Blake B' });
    const casey = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }], { displayName: 'Casey C' });
    await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }], { displayName: 'Ellis E' });
    const finley = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], { displayName: 'Finley F' });
    await createTestPost(db(), { pcnId: tenant.pcn, employerId: tenant.practice, holderUserId: avery.id, wte: 0.5 });

    const pcnId = tenant.pcn;
    await createTestCases(db(), {
      pcnId,
      workerId: avery.id,
      count: 1,
      complexity: 'high',
      allocatedAt: '2003-01-10T10:00:00Z',
      endedAt: ENDS,
    });
    await createTestCases(db(), {
      pcnId,
      workerId: avery.id,
      count: 1,
      complexity: 'medium',
      status: 'contacted',
      allocatedAt: '2003-02-10T10:00:00Z',
      endedAt: ENDS,
    });
    await createTestCases(db(), {
      pcnId,
      workerId: avery.id,
      count: 1,
      complexity: null,
      status: 'allocated',
      allocatedAt: '2003-02-15T10:00:00Z',
      endedAt: ENDS,
    });
    await createTestCases(db(), {
      pcnId,
      workerId: avery.id,
      count: 1,
      complexity: 'low',
      status: 'discharged',
      allocatedAt: '2003-01-05T10:00:00Z',
      endedAt: '2003-02-20T10:00:00Z',
    });
    await createTestCases(db(), {
      pcnId,
      workerId: avery.id,
      count: 1,
      complexity: 'low',
      status: 'discharged',
      allocatedAt: '2002-01-15T10:00:00Z',
      endedAt: '2002-06-01T10:00:00Z',
    });
    await createTestCases(db(), {
      pcnId,
      workerId: blake.id,
      count: 21,
      complexity: 'high',
      allocatedAt: '2003-01-01T10:00:00Z',
      endedAt: ENDS,
    });
    await createTestCases(db(), {
      pcnId,
      workerId: casey.id,
      count: 1,
      complexity: 'medium',
      allocatedAt: '2003-02-25T10:00:00Z',
      endedAt: ENDS,
    });
    await createTestCases(db(), {
      pcnId: otherPcn,
      workerId: blake.id,
      count: 1,
      complexity: 'high',
      allocatedAt: '2003-01-01T10:00:00Z',
      endedAt: ENDS,
    });
    blakeId = blake.id;

    supervisor = await signIn(app, casey);
    commissioner = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'commissioner' }]));
    linkWorker = await signIn(app, finley);
  });
  afterAll(() => app.close());

  const scopeAt = (now: string, aggregateOnly: boolean): ReportScope => ({
    pcnIds: [tenant.pcn],
    practiceId: null,
    workerId: null,
    from: '2003-02-01',
    to: '2003-02-28',
    fromTs: new Date('2003-02-01T00:00:00Z'),
    toExclusive: new Date('2003-03-01T00:00:00Z'),
    now: new Date(now),
    aggregateOnly,
  });
  const query = {} as ReportQuery;
  const table = (report: { tables: { id: string; rows: unknown[] }[] }, id: string) => {
    const found = report.tables.find((t) => t.id === id);
    if (!found) throw new Error(`no table ${id}`);
    return found.rows;
  };

  it('measures each worker against their capacity, with allocations in the last year and days over the threshold', async () => {
    const report = await caseloadPressureReport(db(), scopeAt('2003-03-01T12:00:00Z', false), query);
    expect(report.tables.map((t) => t.id)).toEqual(['workers', 'teams', 'worker-trend', 'team-trend']);
    expect(table(report, 'workers')).toEqual([
      {
        worker: 'Avery A',
        team: expect.any(String),
        wte: 0.5,
        activeCases: 3,
        weightedCases: 4.5,
        activeCapacity: 20,
        percentOfCapacity: 22.5,
        allocatedLastYear: 4,
        yearlyCapacity: 125,
        percentOfYearlyCapacity: 3.2,
        daysOverThreshold: 0,
      },
      {
        worker: 'Blake B',
        team: expect.any(String),
        wte: 1,
        activeCases: 21,
        weightedCases: 42,
        activeCapacity: 40,
        percentOfCapacity: 105,
        allocatedLastYear: 21,
        yearlyCapacity: 250,
        percentOfYearlyCapacity: 8.4,
        daysOverThreshold: 60,
      },
      {
        worker: 'Casey C',
        team: expect.any(String),
        wte: 1,
        activeCases: 1,
        weightedCases: 1.5,
        activeCapacity: 40,
        percentOfCapacity: 3.8,
        allocatedLastYear: 1,
        yearlyCapacity: 250,
        percentOfYearlyCapacity: 0.4,
        daysOverThreshold: 0,
      },
      {
        worker: 'Finley F',
        team: expect.any(String),
        wte: 1,
        activeCases: 0,
        weightedCases: 0,
        activeCapacity: 40,
        percentOfCapacity: 0,
        allocatedLastYear: 0,
        yearlyCapacity: 250,
        percentOfYearlyCapacity: 0,
        daysOverThreshold: 0,
      },
    ]);
    expect(table(report, 'teams')).toEqual([
      {
        team: expect.any(String),
        workers: 4,
        activeCases: 25,
        weightedCases: 48,
        activeCapacity: 140,
        percentOfCapacity: 34.3,
        allocatedLastYear: 26,
        yearlyCapacity: 875,
        percentOfYearlyCapacity: 3,
        workersOver: 1,
      },
    ]);
    expect(report.headlines).toEqual([
      { label: 'Link workers', value: 4, kind: 'count' },
      { label: 'Active cases', value: 25, kind: 'count' },
      {
        label: 'Weighted active cases as % of capacity',
        value: 34.3,
        kind: 'statistic',
        unit: 'percent',
        decimals: 1,
        sampleSize: 4,
      },
      { label: 'Workers over 100% of capacity', value: 1, kind: 'count' },
      { label: 'Workers over for 14 days or more', value: 1, kind: 'count' },
    ]);
  });

  it('draws the weekly trend from the status history, per worker and per team', async () => {
    const report = await caseloadPressureReport(db(), scopeAt('2003-03-01T12:00:00Z', false), query);
    const points = (name: string) =>
      (table(report, 'worker-trend') as { worker: string; week: string; openCases: number; weightedCases: number }[])
        .filter((r) => r.worker === name)
        .map((r) => [r.week, r.openCases, r.weightedCases]);
    expect(points('Avery A')).toEqual([
      ['2003-02-07', 2, 3],
      ['2003-02-14', 3, 4.5],
      ['2003-02-21', 3, 4.5],
      ['2003-02-28', 3, 4.5],
    ]);
    expect(points('Blake B')).toEqual([
      ['2003-02-07', 21, 42],
      ['2003-02-14', 21, 42],
      ['2003-02-21', 21, 42],
      ['2003-02-28', 21, 42],
    ]);
    expect(points('Casey C')).toEqual([
      ['2003-02-07', 0, 0],
      ['2003-02-14', 0, 0],
      ['2003-02-21', 0, 0],
      ['2003-02-28', 1, 1.5],
    ]);
    expect(points('Finley F')).toEqual([]);
    expect(
      (table(report, 'team-trend') as { week: string; openCases: number; weightedCases: number }[]).map((r) => [
        r.week,
        r.openCases,
        r.weightedCases,
      ]),
    ).toEqual([
      ['2003-02-07', 23, 45],
      ['2003-02-14', 24, 46.5],
      ['2003-02-21', 24, 46.5],
      ['2003-02-28', 25, 48],
    ]);
  });

  it('gives commissioners the team view and the team trend only', async () => {
    const report = await caseloadPressureReport(db(), scopeAt('2003-03-01T12:00:00Z', true), query);
    expect(report.tables.map((t) => t.id)).toEqual(['teams', 'team-trend']);
    expect(JSON.stringify(report)).not.toContain('Avery');
  });

  it('a worker filter keeps that worker only', async () => {
    const filtered = await app.inject({
      url: `/api/reports/caseload-pressure?${period}&workerId=${blakeId}`,
      headers: { cookie: supervisor.cookie },
    });
    expect(filtered.statusCode).toBe(200);
    const workers = filtered.json().tables.find((t: { id: string }) => t.id === 'workers').rows;
    expect(workers.map((w: { worker: string; activeCases: number }) => [w.worker, w.activeCases])).toEqual([['Blake B', 21]]);
  });

  it('over HTTP: supervisors see workers; at the real "now" nothing is in the last year and nobody is over in the history', async () => {
    const response = await app.inject({
      url: `/api/reports/caseload-pressure?${period}`,
      headers: { cookie: supervisor.cookie },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.suppressed).toBe(false);
    const workers = body.tables.find((t: { id: string }) => t.id === 'workers');
    expect(workers.chart).toEqual({ type: 'bar', x: 'worker', series: ['percentOfCapacity'] });
    expect(
      workers.rows.map((w: Record<string, unknown>) => [
        w.worker,
        w.activeCases,
        w.percentOfCapacity,
        w.allocatedLastYear,
        w.daysOverThreshold,
      ]),
    ).toEqual([
      ['Avery A', 3, 22.5, 0, 0],
      ['Blake B', 21, 105, 0, 0],
      ['Casey C', 1, 3.8, 0, 0],
      ['Finley F', 0, 0, 0, 0],
    ]);
    const trend = body.tables.find((t: { id: string }) => t.id === 'worker-trend');
    expect(trend.chart).toEqual({ type: 'line', x: 'week', series: ['openCases'], groupBy: 'worker' });
  });

  it('over HTTP: commissioners get no worker rows, suppressed counts and hidden capacity figures for a team under 5 workers', async () => {
    const response = await app.inject({
      url: `/api/reports/caseload-pressure?${period}&pcnId=${tenant.pcn}`,
      headers: { cookie: commissioner.cookie },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.suppressed).toBe(true);
    expect(body.tables.map((t: { id: string }) => t.id)).toEqual(['teams', 'team-trend']);
    expect(body.tables[0].rows).toEqual([
      {
        team: expect.any(String),
        workers: '<5',
        activeCases: 25,
        // 48 exactly: rounded like a count, since unweighted it would be the number of cases.
        weightedCases: 50,
        activeCapacity: null,
        percentOfCapacity: null,
        allocatedLastYear: 0,
        yearlyCapacity: null,
        percentOfYearlyCapacity: null,
        workersOver: '<5',
      },
    ]);
    expect(body.tables[1].rows.map((r: { openCases: unknown }) => r.openCases)).toEqual([25, 25, 25, 25]);
    expect(body.headlines.map((h: { value: unknown }) => h.value)).toEqual(['<5', 25, null, '<5']);
    expect(JSON.stringify(body)).not.toContain('Avery');

    const byWorker = await app.inject({
      url: `/api/reports/caseload-pressure?${period}&workerId=${tenant.pcn}`,
      headers: { cookie: commissioner.cookie },
    });
    expect(byWorker.statusCode).toBe(400);
    expect(byWorker.json().issues[0].path).toBe('workerId');
  });

  it('is not for link workers', async () => {
    const response = await app.inject({ url: '/api/reports/caseload-pressure', headers: { cookie: linkWorker.cookie } });
    expect(response.statusCode).toBe(403);
  });
});

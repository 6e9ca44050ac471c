import { planFundingYear, planPostYear, roundPence } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { replaceServedPcns } from '../organisations/organisation-repository.ts';
import { fundingPostOf } from './funding-plan-service.ts';
import { loadFundingReference } from './reference-data-service.ts';
import { postBody } from './workforce-test-data.ts';

/** The seeded 2023/24 link worker maximum, carried forward to 2025/26 (no later figure is seeded). */
const CAP = 40159;

describe('the funding planner', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let manager: SignedIn;
  let fullTime: { id: string };
  const db = () => app.kith.database.db;
  const url = (path: string, year = '2025/26') => `${path}?pcnId=${tenant.pcn}&year=${encodeURIComponent(year)}&years=3`;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
    const create = async (overrides: Record<string, unknown>) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/workforce/posts',
        headers: manager.writeHeaders,
        payload: postBody(tenant, overrides),
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json() as { id: string };
    };
    fullTime = await create({ title: 'Band 5 full time' });
    await create({ title: 'Part time from October', wte: 0.6, startDate: '2025-10-01' });
    await create({
      title: 'VCSE link worker',
      employmentModel: 'vcse_subcontract',
      employerId: tenant.vcse,
      band: '4',
      startingPayPoint: 1,
      managementCostPerWte: 2400,
    });

    // Another PCN of the same ICB with a VCSE-employed link worker: counted in the local pay comparison only.
    const neighbour = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    await replaceServedPcns(db(), tenant.vcse, [tenant.pcn, neighbour]);
    const neighbourManager = await signIn(app, await createTestUser(db(), [{ organisationId: neighbour, role: 'pcn_manager' }]));
    const response = await app.inject({
      method: 'POST',
      url: '/api/workforce/posts',
      headers: neighbourManager.writeHeaders,
      payload: postBody(tenant, {
        pcnId: neighbour,
        employmentModel: 'vcse_subcontract',
        employerId: tenant.vcse,
        band: '4',
        startingPayPoint: 2,
      }),
    });
    expect(response.statusCode, response.body).toBe(201);
  });
  afterAll(() => app.close());

  it('for a fixture post matches the shared rule numbers exactly, claiming exactly the (carried-forward) cap', async () => {
    const response = await app.inject({ url: url('/api/workforce/funding-plan'), headers: { cookie: manager.cookie } });
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json();
    const reference = await loadFundingReference(db());
    const post = await app.inject({ url: `/api/workforce/posts/${fullTime.id}`, headers: { cookie: manager.cookie } });
    const expected = planPostYear(fundingPostOf(post.json()), '2025/26', reference);

    const line = plan.posts.find((p: { postId: string }) => p.postId === fullTime.id);
    expect(line).toMatchObject({
      salary: expected.salary,
      employerNi: expected.employerNi,
      employerPension: expected.employerPension,
      totalCost: expected.totalCost,
      claimable: CAP,
      shortfall: roundPence(expected.totalCost - CAP),
      monthsInPost: 12,
      pay: 'Band 5, point 3',
    });
    expect(line.salary).toBe(37796);
    expect(line.warnings).toContainEqual(
      expect.objectContaining({ code: 'carried_forward', fromYear: '2023/24', verified: false }),
    );

    const partTime = plan.posts.find((p: { title: string }) => p.title === 'Part time from October');
    expect(partTime.claimable).toBe(roundPence((CAP * 0.6 * 6) / 12));

    const all = await app.inject({ url: `/api/workforce/posts?pcnId=${tenant.pcn}`, headers: { cookie: manager.cookie } });
    const whole = planFundingYear(all.json().items.map(fundingPostOf), '2025/26', reference);
    expect(plan.totals).toEqual(whole.totals);
    expect(plan.schedule).toEqual(whole.schedule);
    expect(plan.warnings.length).toBeGreaterThan(0);
    expect(plan.projection.map((y: { financialYear: string }) => y.financialYear)).toEqual(['2025/26', '2026/27', '2027/28']);
  });

  it('compares PCN-employed with VCSE-employed link worker pay across the PCNs of the ICB, with counts', async () => {
    const plan = (await app.inject({ url: url('/api/workforce/funding-plan'), headers: { cookie: manager.cookie } })).json();
    expect(plan.payComparison).toMatchObject({
      pcnCount: 2,
      pcnEmployed: { posts: 2, averageAnnualPayPerWte: 37796 },
      vcseEmployed: { posts: 2, averageAnnualPayPerWte: roundPence((27485 + 30162) / 2) },
    });
    expect(plan.payComparison.note).toContain('more');
  });

  it('says when there is nothing to compare with', async () => {
    const lonely = await createTestTenant(db());
    const lonelyManager = await signIn(app, await createTestUser(db(), [{ organisationId: lonely.pcn, role: 'pcn_manager' }]));
    const response = await app.inject({
      url: `/api/workforce/funding-plan?pcnId=${lonely.pcn}&year=2025%2F26`,
      headers: { cookie: lonelyManager.cookie },
    });
    expect(response.json().payComparison).toMatchObject({
      pcnEmployed: { posts: 0, averageAnnualPayPerWte: null },
      vcseEmployed: { posts: 0 },
    });
    expect(response.json().payComparison.note).toContain('nothing to compare');
  });

  it('exports the per-post table and the monthly schedule as CSV with a header row and 2 dp numbers', async () => {
    const posts = await app.inject({ url: url('/api/workforce/funding-plan.csv'), headers: { cookie: manager.cookie } });
    expect(posts.statusCode).toBe(200);
    expect(posts.headers['content-type']).toContain('text/csv');
    const lines = posts.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Post,Role,Holder,Employer,Employment model,Funding source,WTE,Pay,Months in post,Salary,Employer NI,Employer pension,Management cost,Total cost,Claimable,Shortfall',
    );
    expect(lines).toHaveLength(5);
    const fullTimeLine = lines.find((l) => l.startsWith('Band 5 full time,'));
    expect(fullTimeLine).toContain(',ARRS,1.00,"Band 5, point 3",12.00,37796.00,');
    expect(fullTimeLine).toContain(',37796.00,');
    expect(fullTimeLine).toContain(',40159.00,');
    expect(lines[4]?.startsWith('Total,')).toBe(true);

    const schedule = await app.inject({
      url: `${url('/api/workforce/funding-plan.csv')}&table=schedule`,
      headers: { cookie: manager.cookie },
    });
    const rows = schedule.body.trim().split('\r\n');
    expect(rows[0]).toBe('Month,Cost,Claimable,Cumulative claimable');
    expect(rows).toHaveLength(13);
    expect(rows[1]).toMatch(/^2025-04,\d+\.\d{2},\d+\.\d{2},\d+\.\d{2}$/);
  });

  it("another PCN's manager gets 404", async () => {
    const other = await createTestTenant(db());
    const otherManager = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'pcn_manager' }]));
    expect(
      (await app.inject({ url: url('/api/workforce/funding-plan'), headers: { cookie: otherManager.cookie } })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ url: url('/api/workforce/funding-plan.csv'), headers: { cookie: otherManager.cookie } })).statusCode,
    ).toBe(404);
  });
});

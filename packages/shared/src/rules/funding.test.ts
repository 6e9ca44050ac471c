import { describe, expect, it } from 'vitest';
import {
  type FundingPost,
  type FundingReferenceData,
  financialYearMonths,
  financialYearOf,
  isFinancialYear,
  payPointChanges,
  payPointOn,
  planFundingYear,
  planPostYear,
  projectFunding,
  roundPence,
} from './funding.ts';

const CAP = 40159;

/** Verified figures for 2025/26 (pay points from the domain reference), so fixtures carry no warnings. */
const REFERENCE: FundingReferenceData = {
  caps: [{ financialYear: '2025/26', role: 'link_worker', maximumAmount: CAP, verified: true }],
  payPoints: [
    { financialYear: '2025/26', band: '4', point: 1, annualSalary: 27485, verified: true },
    { financialYear: '2025/26', band: '4', point: 2, annualSalary: 30162, verified: true },
    { financialYear: '2025/26', band: '5', point: 1, annualSalary: 31049, verified: true },
    { financialYear: '2025/26', band: '5', point: 2, annualSalary: 33487, verified: true },
    { financialYear: '2025/26', band: '5', point: 3, annualSalary: 37796, verified: true },
  ],
  onCostRates: [{ financialYear: '2025/26', niRate: 0.15, niAnnualThreshold: 5000, pensionRate: 0.1438, verified: true }],
};

function post(overrides: Partial<FundingPost> = {}): FundingPost {
  return {
    id: 'post-1',
    role: 'link_worker',
    employmentModel: 'pcn_lead_practice',
    fundingSource: 'arrs',
    band: '5',
    startingPayPoint: 3,
    spotSalary: null,
    wte: 1,
    startDate: '2020-04-01',
    endDate: null,
    managementCostPerWte: null,
    ...overrides,
  };
}

/** The cost of `months` whole months at `annual` salary and `wte`: salary, NI above 1/12 of the threshold a month, pension. */
function cost(annual: number, wte: number, months: number): number {
  const monthly = (annual / 12) * wte;
  const salary = roundPence(monthly * months);
  const ni = roundPence(Math.max(0, (monthly - 5000 / 12) * 0.15) * months);
  const pension = roundPence(monthly * months * 0.1438);
  return roundPence(salary + ni + pension);
}

describe('financial years', () => {
  it('run 1 April to 31 March and are named "2025/26"', () => {
    expect(financialYearOf('2025-04-01')).toBe('2025/26');
    expect(financialYearOf('2026-03-31')).toBe('2025/26');
    expect(financialYearOf('2025-03-31')).toBe('2024/25');
    expect(financialYearOf('1999-06-01')).toBe('1999/00');
    expect(isFinancialYear('2025/26')).toBe(true);
    expect(isFinancialYear('2025/27')).toBe(false);
    const months = financialYearMonths('2025/26');
    expect(months.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(months[10]?.lastDay).toBe('2026-02-28');
  });
});

describe('pay-point progression', () => {
  it('a Band 5 post starting at point 1 on 2023-09-01 moves to point 2 on 2025-09-01 and point 3 on 2027-09-01', () => {
    expect(payPointChanges('5', 1, '2023-09-01')).toEqual([
      { point: 1, from: '2023-09-01' },
      { point: 2, from: '2025-09-01' },
      { point: 3, from: '2027-09-01' },
    ]);
    expect(payPointOn('5', 1, '2023-09-01', '2025-08-31')).toBe(1);
    expect(payPointOn('5', 1, '2023-09-01', '2025-09-01')).toBe(2);
    expect(payPointOn('5', 1, '2023-09-01', '2027-08-31')).toBe(2);
    expect(payPointOn('5', 1, '2023-09-01', '2027-09-01')).toBe(3);
  });

  it('Band 4 reaches its top point after 3 years and Band 6 steps after 2 and then 3', () => {
    expect(payPointChanges('4', 1, '2024-01-15')).toEqual([
      { point: 1, from: '2024-01-15' },
      { point: 2, from: '2027-01-15' },
    ]);
    expect(payPointChanges('6', 1, '2022-04-01').map((c) => c.from)).toEqual(['2022-04-01', '2024-04-01', '2027-04-01']);
    expect(payPointChanges('6', 2, '2022-04-01')).toEqual([
      { point: 2, from: '2022-04-01' },
      { point: 3, from: '2025-04-01' },
    ]);
    expect(payPointChanges('5', 3, '2022-04-01')).toEqual([{ point: 3, from: '2022-04-01' }]);
  });

  it('a year plan uses the new point from the month the step falls in', () => {
    const plan = planPostYear(post({ startingPayPoint: 1, startDate: '2023-09-01' }), '2025/26', REFERENCE);
    expect(plan.months.map((m) => m.payPoint)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
    expect(plan.payPoints).toEqual([1, 2]);
    expect(plan.salary).toBe(roundPence((5 * 31049) / 12 + (7 * 33487) / 12));
  });
});

describe('ARRS claims', () => {
  it('a Band 5 post at 1.0 WTE for a full year whose cost exceeds the cap claims exactly the cap', () => {
    const plan = planPostYear(post(), '2025/26', REFERENCE);
    expect(plan.totalCost).toBe(cost(37796, 1, 12));
    expect(plan).toMatchObject({ salary: 37796, employerNi: 4919.4, employerPension: 5435.06, totalCost: 48150.46 });
    expect(plan.totalCost).toBeGreaterThan(CAP);
    expect(plan.monthsInPost).toBe(12);
    expect(plan.claimable).toBe(CAP);
    expect(plan.shortfall).toBe(roundPence(plan.totalCost - CAP));
    expect(plan.warnings).toEqual([]);
  });

  it('at 0.6 WTE for 6 months it claims cap × 0.6 × 6/12', () => {
    const plan = planPostYear(post({ wte: 0.6, startDate: '2025-10-01' }), '2025/26', REFERENCE);
    expect(plan.monthsInPost).toBe(6);
    expect(plan.totalCost).toBeGreaterThan((CAP * 0.6 * 6) / 12);
    expect(plan.claimable).toBe(roundPence((CAP * 0.6 * 6) / 12));
    expect(plan.claimable).toBe(12047.7);
  });

  it('a post below the cap claims its actual cost', () => {
    const plan = planPostYear(post({ band: '4', startingPayPoint: 1, startDate: '2025-04-01' }), '2025/26', REFERENCE);
    expect(plan.totalCost).toBe(cost(27485, 1, 12));
    expect(plan.totalCost).toBeLessThan(CAP);
    expect(plan.claimable).toBe(plan.totalCost);
    expect(plan.shortfall).toBe(0);
  });

  it('a post starting 1 October claims for 6 months', () => {
    const plan = planPostYear(post({ startDate: '2025-10-01' }), '2025/26', REFERENCE);
    expect(plan.monthsInPost).toBe(6);
    expect(plan.months.slice(0, 6).every((m) => m.cost === 0 && m.claimable === 0)).toBe(true);
    expect(plan.totalCost).toBe(cost(37796, 1, 6));
    expect(plan.capForPeriod).toBe(roundPence(CAP / 2));
    expect(plan.claimable).toBe(roundPence(CAP / 2));
  });

  it('counts a part month by days and stops at the end date', () => {
    const plan = planPostYear(post({ startDate: '2025-04-16', endDate: '2025-06-30' }), '2025/26', REFERENCE);
    expect(plan.months[0]?.fractionInPost).toBe(0.5);
    expect(plan.monthsInPost).toBe(2.5);
    expect(plan.months.slice(3).every((m) => m.cost === 0)).toBe(true);
  });

  it('adds VCSE management costs up to £2,400 per WTE pro rata, but only within the cap', () => {
    const below = post({
      band: '4',
      startingPayPoint: 1,
      startDate: '2025-04-01',
      employmentModel: 'vcse_subcontract',
      managementCostPerWte: 5000,
    });
    const plan = planPostYear(below, '2025/26', REFERENCE);
    expect(plan.managementCost).toBe(2400);
    const staffCost = roundPence(plan.salary + plan.employerNi + plan.employerPension);
    expect(plan.claimable).toBe(Math.min(roundPence(staffCost + 2400), CAP));

    const above = planPostYear({ ...below, band: '5', startingPayPoint: 3 }, '2025/26', REFERENCE);
    expect(above.claimable).toBe(CAP);
    expect(above.shortfall).toBe(roundPence(above.totalCost - CAP));
  });

  it('claims nothing for a post not funded through ARRS', () => {
    const plan = planPostYear(post({ fundingSource: 'other' }), '2025/26', REFERENCE);
    expect(plan.claimable).toBe(0);
    expect(plan.capForPeriod).toBeNull();
    expect(plan.shortfall).toBe(plan.totalCost);
  });

  it('uses a spot salary without progression', () => {
    const plan = planPostYear(post({ band: null, startingPayPoint: null, spotSalary: 30000 }), '2025/26', REFERENCE);
    expect(plan.salary).toBe(30000);
    expect(plan.payPoints).toEqual([]);
  });
});

describe('the monthly claim schedule', () => {
  it('spreads the claim in proportion to cost, adds up to the year and never passes the cumulative cap', () => {
    const plan = planPostYear(post({ startingPayPoint: 1, startDate: '2023-09-01' }), '2025/26', REFERENCE);
    const claims = plan.months.map((m) => m.claimable);
    expect(roundPence(claims.reduce((a, b) => a + b, 0))).toBe(plan.claimable);
    let cumulative = 0;
    plan.months.forEach((m, index) => {
      cumulative += m.claimable;
      expect(cumulative).toBeLessThanOrEqual(roundPence((CAP * (index + 1)) / 12) + 0.01);
    });
    expect(plan.months[11]?.claimable).toBeGreaterThan(plan.months[0]?.claimable ?? 0);
  });

  it('adds posts into PCN totals and a schedule whose running total ends at the claim', () => {
    const plan = planFundingYear([post(), post({ id: 'post-2', wte: 0.6, startDate: '2025-10-01' })], '2025/26', REFERENCE);
    expect(plan.totals.claimable).toBe(roundPence(CAP + 12047.7));
    expect(plan.schedule).toHaveLength(12);
    expect(plan.schedule[11]?.cumulativeClaimable).toBe(plan.totals.claimable);
  });
});

describe('missing reference data', () => {
  it('carries the latest earlier year forward and says so, naming the year and whether it is verified', () => {
    const reference: FundingReferenceData = {
      ...REFERENCE,
      caps: [
        { financialYear: '2023/24', role: 'link_worker', maximumAmount: CAP, verified: false },
        { financialYear: '2027/28', role: 'link_worker', maximumAmount: 99999, verified: true },
      ],
    };
    const plan = planPostYear(post(), '2025/26', reference);
    expect(plan.claimable).toBe(CAP);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'carried_forward', financialYear: '2025/26', fromYear: '2023/24', verified: false }),
    ]);
    expect(plan.warnings[0]?.message).toContain('2023/24 figure (not verified) is carried forward');
  });

  it('warns about unverified figures for the year itself', () => {
    const reference = { ...REFERENCE, onCostRates: REFERENCE.onCostRates.map((r) => ({ ...r, verified: false })) };
    expect(planPostYear(post(), '2025/26', reference).warnings.map((w) => w.code)).toEqual(['unverified']);
  });

  it('uses the link worker maximum for a senior link worker, and says so', () => {
    const plan = planPostYear(post({ role: 'senior_link_worker' }), '2025/26', REFERENCE);
    expect(plan.claimable).toBe(CAP);
    expect(plan.warnings.map((w) => w.code)).toEqual(['cap_role_fallback']);
  });

  it('projects several years with progression, carrying 2025/26 figures forward', () => {
    const years = projectFunding([post({ startingPayPoint: 1, startDate: '2023-09-01' })], '2025/26', 3, REFERENCE);
    expect(years.map((y) => y.financialYear)).toEqual(['2025/26', '2026/27', '2027/28']);
    expect(years.map((y) => y.posts[0]?.payPoints)).toEqual([[1, 2], [2], [2, 3]]);
    expect(years[1]?.warnings.every((w) => w.code === 'carried_forward' && w.fromYear === '2025/26')).toBe(true);
    expect(years[1]?.warnings.length).toBeGreaterThan(0);
  });
});

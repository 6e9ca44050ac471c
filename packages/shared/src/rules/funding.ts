/**
 * ARRS funding rules for link worker posts: pay-point progression by date, the monthly cost of a
 * post (salary, employer National Insurance and pension), what a PCN can claim under the Additional
 * Roles Reimbursement Scheme and the shortfall it funds itself.
 *
 * Source: the workforce section of the domain reference (../shared/docs/domain-reference.md,
 * "Link worker workforce and funding"): ARRS reimburses 100% of actual salary plus employer NI and
 * pension up to a yearly maximum per WTE; up to £2,400 a year per WTE of that maximum may cover a
 * subcontracted VCSE provider's management costs; Agenda for Change Band 4 reaches its top point
 * after 3 years, Band 5 steps after 2 years and then 2 more, Band 6 after 2 and then 3.
 */
import { addFinancialYears, financialYearMonths } from './financial-year.ts';
import {
  type FundingReferenceData,
  type FundingWarning,
  FundingWarnings,
  lookUpReference,
  type ReferenceLookup,
} from './funding-reference.ts';
import { payPointOn } from './pay-progression.ts';
import {
  type AfcBand,
  type EmploymentModel,
  type FundingSource,
  POST_ROLE_LABELS,
  type PostRole,
} from './workforce-categories.ts';

export * from './financial-year.ts';
export * from './funding-reference.ts';
export * from './pay-progression.ts';

/** The most a subcontracted VCSE provider's management costs may take of the cap, per WTE per year (domain reference). */
export const MANAGEMENT_COST_LIMIT_PER_WTE = 2400;

/** A post as the funding rules see it. Pay is a band with a starting point, or a spot salary. */
export interface FundingPost {
  id: string;
  role: PostRole;
  employmentModel: EmploymentModel;
  fundingSource: FundingSource;
  band: AfcBand | null;
  startingPayPoint: number | null;
  /** Annual full-time salary when the post is not on Agenda for Change. */
  spotSalary: number | null;
  wte: number;
  startDate: string;
  endDate: string | null;
  /** VCSE subcontract management costs per WTE per year (only counted up to the £2,400 limit). */
  managementCostPerWte: number | null;
}

/** One month of a post's cost and claim. Money is in pounds, rounded to the penny. */
export interface PostMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Share of the month in post (1 for a whole month; 0 when not in post). */
  fractionInPost: number;
  payPoint: number | null;
  salary: number;
  employerNi: number;
  employerPension: number;
  managementCost: number;
  cost: number;
  claimable: number;
}

/** A post's cost and claim for one financial year. */
export interface PostYearPlan {
  postId: string;
  financialYear: string;
  /** Months in post in the year (whole months count 1; part months by days). */
  monthsInPost: number;
  salary: number;
  employerNi: number;
  employerPension: number;
  managementCost: number;
  totalCost: number;
  /** The most claimable for the months in post: cap × WTE × months/12 (null when not ARRS-funded or no cap is known). */
  capForPeriod: number | null;
  claimable: number;
  shortfall: number;
  /** Pay points used in the year, in order (empty for a spot salary). */
  payPoints: number[];
  /** Salary paid per whole-time-equivalent year in post (null when not in post). */
  annualPayPerWte: number | null;
  months: PostMonth[];
  warnings: FundingWarning[];
}

/** Rounds pounds to the penny, avoiding binary floating-point drift (1.005 → 1.01). */
export function roundPence(amount: number): number {
  return Math.round((amount + Number.EPSILON * Math.sign(amount)) * 100) / 100;
}

/** Rounds a series to pence on its running total, so the rounded parts add up to the rounded whole. */
function penniesByRunningTotal(values: readonly number[]): number[] {
  let running = 0;
  let rounded = 0;
  return values.map((value) => {
    running += value;
    const next = roundPence(running);
    const part = roundPence(next - rounded);
    rounded = next;
    return part;
  });
}

function sum(values: readonly number[]): number {
  return roundPence(values.reduce((total, value) => total + value, 0));
}

/** Share of a month the post is filled: days in post over days in the month. */
function fractionInPost(post: FundingPost, month: { firstDay: string; lastDay: string; days: number }): number {
  const from = post.startDate > month.firstDay ? post.startDate : month.firstDay;
  const to = post.endDate !== null && post.endDate < month.lastDay ? post.endDate : month.lastDay;
  if (from > to) return 0;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days / month.days;
}

function capLookup(
  reference: FundingReferenceData,
  role: PostRole,
  year: string,
  warnings: FundingWarnings,
): ReferenceLookup<{ maximumAmount: number; verified: boolean }> | null {
  const own = lookUpReference(
    reference.caps.filter((cap) => cap.role === role),
    year,
  );
  const subject = `ARRS maximum for a ${POST_ROLE_LABELS[role].toLowerCase()}`;
  if (own || role !== 'senior_link_worker') {
    warnings.noteLookup(subject, year, own);
    return own;
  }
  // A senior link worker is a social prescribing link worker: ARRS pays up to the link worker maximum.
  warnings.add({ code: 'cap_role_fallback', financialYear: year, subject, fromYear: null, verified: null });
  const linkWorker = lookUpReference(
    reference.caps.filter((cap) => cap.role === 'link_worker'),
    year,
  );
  warnings.noteLookup(`ARRS maximum for a ${POST_ROLE_LABELS.link_worker.toLowerCase()}`, year, linkWorker);
  return linkWorker;
}

function annualSalaryFor(
  post: FundingPost,
  point: number | null,
  year: string,
  reference: FundingReferenceData,
  warnings: FundingWarnings,
): number {
  if (post.band === null || point === null) return post.spotSalary ?? 0;
  const found = lookUpReference(
    reference.payPoints.filter((row) => row.band === post.band && row.point === point),
    year,
  );
  warnings.noteLookup(`Agenda for Change Band ${post.band} point ${point} salary`, year, found);
  return found?.row.annualSalary ?? 0;
}

/**
 * A post's cost and ARRS claim for one financial year, month by month.
 *
 * Each month in post costs salary/12 × WTE × the share of the month in post (the AfC point in
 * effect on the first day in post that month, at that year's rate, or the spot salary), plus
 * employer NI and pension, plus any VCSE management costs (at most £2,400 per WTE per year, pro
 * rata). ARRS-funded posts may claim min(actual staff cost, cap × WTE × months/12), then
 * management costs only within that same cap; the PCN's shortfall is the cost less the claim.
 * Missing reference figures are carried forward from the latest earlier year, with a warning.
 */
export function planPostYear(post: FundingPost, year: string, reference: FundingReferenceData): PostYearPlan {
  const warnings = new FundingWarnings();
  const calendar = financialYearMonths(year);
  const inPost = calendar.map((month) => ({ month, fraction: fractionInPost(post, month) }));
  const anyMonth = inPost.some((entry) => entry.fraction > 0);
  const rates = anyMonth ? lookUpReference(reference.onCostRates, year) : null;
  if (anyMonth) warnings.noteLookup('employer on-cost rates (National Insurance and pension)', year, rates);
  const managementPerWte =
    post.employmentModel === 'vcse_subcontract' ? Math.min(post.managementCostPerWte ?? 0, MANAGEMENT_COST_LIMIT_PER_WTE) : 0;

  const raw = inPost.map(({ month, fraction }) => {
    if (fraction === 0)
      return { month: month.month, fraction, payPoint: null, salary: 0, employerNi: 0, employerPension: 0, managementCost: 0 };
    const firstDayInPost = post.startDate > month.firstDay ? post.startDate : month.firstDay;
    const payPoint =
      post.band !== null && post.startingPayPoint !== null
        ? payPointOn(post.band, post.startingPayPoint, post.startDate, firstDayInPost)
        : null;
    const salary = (annualSalaryFor(post, payPoint, year, reference, warnings) / 12) * post.wte * fraction;
    // Monthly earnings-period approximation: each month's pay above one twelfth of the annual
    // secondary threshold attracts employer NI (payroll works per pay period, not per year).
    const employerNi = Math.max(0, (salary - (rates?.row.niAnnualThreshold ?? 0) / 12) * (rates?.row.niRate ?? 0));
    const employerPension = salary * (rates?.row.pensionRate ?? 0);
    const managementCost = (managementPerWte / 12) * post.wte * fraction;
    return { month: month.month, fraction, payPoint, salary, employerNi, employerPension, managementCost };
  });
  // Each money column is rounded on its running total, so the months add up to the year's figure exactly.
  const salaries = penniesByRunningTotal(raw.map((m) => m.salary));
  const nis = penniesByRunningTotal(raw.map((m) => m.employerNi));
  const pensions = penniesByRunningTotal(raw.map((m) => m.employerPension));
  const managements = penniesByRunningTotal(raw.map((m) => m.managementCost));
  const months = raw.map((m, index): PostMonth => {
    const parts = [salaries[index] ?? 0, nis[index] ?? 0, pensions[index] ?? 0, managements[index] ?? 0] as const;
    return {
      month: m.month,
      fractionInPost: m.fraction,
      payPoint: m.payPoint,
      salary: parts[0],
      employerNi: parts[1],
      employerPension: parts[2],
      managementCost: parts[3],
      cost: roundPence(parts[0] + parts[1] + parts[2] + parts[3]),
      claimable: 0,
    };
  });

  const monthsInPost = inPost.reduce((total, entry) => total + entry.fraction, 0);
  const salary = sum(months.map((m) => m.salary));
  const employerNi = sum(months.map((m) => m.employerNi));
  const employerPension = sum(months.map((m) => m.employerPension));
  const managementCost = sum(months.map((m) => m.managementCost));
  const totalCost = sum(months.map((m) => m.cost));

  const cap = post.fundingSource === 'arrs' && anyMonth ? capLookup(reference, post.role, year, warnings) : null;
  const capForPeriod = cap ? roundPence((cap.row.maximumAmount * post.wte * monthsInPost) / 12) : null;
  let claimable = 0;
  if (capForPeriod !== null) {
    const staffCost = roundPence(salary + employerNi + employerPension);
    claimable = Math.min(roundPence(Math.min(staffCost, capForPeriod) + managementCost), capForPeriod);
  }
  const scheduled = scheduleClaims(months, claimable, cap?.row.maximumAmount ?? 0, post.wte);

  const payPoints = [...new Set(months.flatMap((m) => (m.payPoint === null ? [] : [m.payPoint])))];
  return {
    postId: post.id,
    financialYear: year,
    monthsInPost: Math.round(monthsInPost * 1000) / 1000,
    salary,
    employerNi,
    employerPension,
    managementCost,
    totalCost,
    capForPeriod,
    claimable,
    shortfall: roundPence(totalCost - claimable),
    payPoints,
    annualPayPerWte: monthsInPost > 0 && post.wte > 0 ? roundPence((salary * 12) / (post.wte * monthsInPost)) : null,
    months: scheduled,
    warnings: warnings.list(),
  };
}

/**
 * Spreads a year's claim over its months in proportion to each month's cost, never letting the
 * running total pass the cap accrued so far (cap × WTE × share of month / 12 per month). Rounded
 * running totals make the months add up to the year's claim exactly.
 */
function scheduleClaims(months: PostMonth[], claimable: number, yearlyCap: number, wte: number): PostMonth[] {
  const totalCost = months.reduce((total, m) => total + m.cost, 0);
  if (claimable <= 0 || totalCost <= 0) return months;
  let cumulativeCost = 0;
  let cumulativeCap = 0;
  let claimed = 0;
  return months.map((m) => {
    cumulativeCost += m.cost;
    cumulativeCap += (yearlyCap * wte * m.fractionInPost) / 12;
    const target = roundPence(Math.min((claimable * cumulativeCost) / totalCost, cumulativeCap, claimable));
    const claim = roundPence(target - claimed);
    claimed = target;
    return { ...m, claimable: claim };
  });
}

/** Money totals across posts. */
export interface FundingTotals {
  salary: number;
  employerNi: number;
  employerPension: number;
  managementCost: number;
  totalCost: number;
  claimable: number;
  shortfall: number;
}

/** One month of a PCN's claim schedule. */
export interface ScheduleMonth {
  month: string;
  cost: number;
  claimable: number;
  cumulativeClaimable: number;
}

/** A PCN's posts for one financial year: each post, the totals, the month-by-month schedule and every warning. */
export interface FundingYearPlan {
  financialYear: string;
  posts: PostYearPlan[];
  totals: FundingTotals;
  schedule: ScheduleMonth[];
  warnings: FundingWarning[];
}

/** Adds up posts' figures for a year. */
export function totalsOf(plans: readonly PostYearPlan[]): FundingTotals {
  return {
    salary: sum(plans.map((p) => p.salary)),
    employerNi: sum(plans.map((p) => p.employerNi)),
    employerPension: sum(plans.map((p) => p.employerPension)),
    managementCost: sum(plans.map((p) => p.managementCost)),
    totalCost: sum(plans.map((p) => p.totalCost)),
    claimable: sum(plans.map((p) => p.claimable)),
    shortfall: sum(plans.map((p) => p.shortfall)),
  };
}

function mergeWarnings(plans: readonly PostYearPlan[]): FundingWarning[] {
  const merged = new FundingWarnings();
  for (const warning of plans.flatMap((p) => p.warnings)) merged.add(warning);
  return merged.list();
}

/** Plans every post of a PCN for one financial year: per post, totals, the claim schedule and the warnings (each once). */
export function planFundingYear(posts: readonly FundingPost[], year: string, reference: FundingReferenceData): FundingYearPlan {
  const plans = posts.map((post) => planPostYear(post, year, reference));
  let cumulative = 0;
  const schedule = financialYearMonths(year).map(({ month }, index): ScheduleMonth => {
    const cost = sum(plans.map((p) => p.months[index]?.cost ?? 0));
    const claimable = sum(plans.map((p) => p.months[index]?.claimable ?? 0));
    cumulative = roundPence(cumulative + claimable);
    return { month, cost, claimable, cumulativeClaimable: cumulative };
  });
  return { financialYear: year, posts: plans, totals: totalsOf(plans), schedule, warnings: mergeWarnings(plans) };
}

/** One year of a multi-year projection. */
export interface ProjectionYear {
  financialYear: string;
  totals: FundingTotals;
  posts: { postId: string; payPoints: number[]; totalCost: number; claimable: number; shortfall: number }[];
  warnings: FundingWarning[];
}

/** Several financial years from `firstYear`, with pay-point progression and carried-forward reference data. */
export function projectFunding(
  posts: readonly FundingPost[],
  firstYear: string,
  years: number,
  reference: FundingReferenceData,
): ProjectionYear[] {
  return Array.from({ length: years }, (_, index) => {
    const plan = planFundingYear(posts, addFinancialYears(firstYear, index), reference);
    return {
      financialYear: plan.financialYear,
      totals: plan.totals,
      posts: plan.posts.map((p) => ({
        postId: p.postId,
        payPoints: p.payPoints,
        totalCost: p.totalCost,
        claimable: p.claimable,
        shortfall: p.shortfall,
      })),
      warnings: plan.warnings,
    };
  });
}

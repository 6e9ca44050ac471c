import { EMPLOYMENT_MODEL_LABELS, type FundingPlan, POST_ROLE_LABELS } from '@kith/shared';
import { csvDocument } from '../../http/csv.ts';

/**
 * The planner's tables as CSV (RFC 4180): a header row, money to 2 decimal places. Text that a
 * spreadsheet would run as a formula (starting = + - @) is prefixed with an apostrophe.
 */
export function fundingPlanCsv(plan: FundingPlan, table: 'posts' | 'schedule'): string {
  return table === 'posts' ? postsCsv(plan) : scheduleCsv(plan);
}

const POST_HEADER = [
  'Post',
  'Role',
  'Holder',
  'Employer',
  'Employment model',
  'Funding source',
  'WTE',
  'Pay',
  'Months in post',
  'Salary',
  'Employer NI',
  'Employer pension',
  'Management cost',
  'Total cost',
  'Claimable',
  'Shortfall',
];

function postsCsv(plan: FundingPlan): string {
  const rows = plan.posts.map((p) => [
    p.title,
    POST_ROLE_LABELS[p.role],
    p.holderDisplayName ?? 'Vacant',
    p.employerName,
    EMPLOYMENT_MODEL_LABELS[p.employmentModel],
    p.fundingSource === 'arrs' ? 'ARRS' : 'Other',
    money(p.wte),
    p.pay,
    money(p.monthsInPost),
    ...amounts(p),
  ]);
  const t = plan.totals;
  const total = ['Total', '', '', '', '', '', '', '', '', ...amounts(t)];
  return csvDocument([POST_HEADER, ...rows, total]);
}

function amounts(t: FundingPlan['totals']): string[] {
  return [t.salary, t.employerNi, t.employerPension, t.managementCost, t.totalCost, t.claimable, t.shortfall].map(money);
}

function scheduleCsv(plan: FundingPlan): string {
  const rows = plan.schedule.map((m) => [m.month, money(m.cost), money(m.claimable), money(m.cumulativeClaimable)]);
  return csvDocument([['Month', 'Cost', 'Claimable', 'Cumulative claimable'], ...rows]);
}

function money(value: number): string {
  return value.toFixed(2);
}

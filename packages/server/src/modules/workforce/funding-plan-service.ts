import {
  type FundingPlan,
  type FundingPlanCsvQuery,
  type FundingPlanQuery,
  type FundingPost,
  type FundingReferenceData,
  financialYearOf,
  type LocalPayComparison,
  planFundingYear,
  planPostYear,
  projectFunding,
  roundPence,
  type WorkforcePost,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { fundingPlanCsv } from './funding-csv.ts';
import { comparisonNote, toFundingPlanPost, toProjectionYear } from './funding-plan-view.ts';
import { loadPcnFor } from './post-policy.ts';
import { listPosts, listPostsInSameIcb, type PostRow } from './post-repository.ts';
import { toPost } from './post-view.ts';
import { loadFundingReference } from './reference-data-service.ts';

/**
 * The funding planner: each post's full cost, ARRS claim and shortfall for a financial year, the
 * month-by-month claim schedule, a projection over following years, and how PCN-employed link
 * worker pay compares with VCSE-employed pay nearby. The arithmetic is all in the shared rules
 * (packages/shared/src/rules/funding.ts); this only gathers the data.
 */
export async function fundingPlan(
  db: Db,
  ctx: RequestContext,
  query: FundingPlanQuery,
  today = new Date(),
): Promise<FundingPlan> {
  const { pcn } = await loadPcnFor(db, ctx, query.pcnId, 'workforce:read');
  const year = query.year ?? financialYearOf(today.toISOString().slice(0, 10));
  const posts = (await listPosts(db, [pcn.id])).map(toPost);
  const reference = await loadFundingReference(db);
  const plan = planFundingYear(posts.map(fundingPostOf), year, reference);
  const byId = new Map(posts.map((p) => [p.id, p]));
  return {
    pcn,
    financialYear: year,
    posts: plan.posts.map((line) => toFundingPlanPost(line, byId.get(line.postId))),
    totals: plan.totals,
    schedule: plan.schedule,
    projection: projectFunding(posts.map(fundingPostOf), year, query.years, reference).map(toProjectionYear),
    warnings: plan.warnings,
    payComparison: await localPayComparison(db, pcn.id, year, reference),
  };
}

/** The rules' view of a post (API posts and table rows have the same fields). */
export function fundingPostOf(post: WorkforcePost | PostRow): FundingPost {
  return {
    id: post.id,
    role: post.role,
    employmentModel: post.employmentModel,
    fundingSource: post.fundingSource,
    band: post.band,
    startingPayPoint: post.startingPayPoint,
    spotSalary: post.spotSalary,
    wte: post.wte,
    startDate: post.startDate,
    endDate: post.endDate,
    managementCostPerWte: post.managementCostPerWte,
  };
}

/**
 * Link worker pay per whole-time-equivalent year, PCN-employed against VCSE-employed, across the
 * PCNs of the same ICB: paying well above the local voluntary sector can draw staff from it.
 * Averages are weighted by WTE and months in post.
 */
async function localPayComparison(
  db: Db,
  pcnId: string,
  year: string,
  reference: FundingReferenceData,
): Promise<LocalPayComparison> {
  const { icbName, pcnCount, posts } = await listPostsInSameIcb(db, pcnId);
  const linkWorkers = posts.filter((p) => p.role === 'link_worker');
  const group = (model: PostRow['employmentModel']) => {
    const plans = linkWorkers
      .filter((p) => p.employmentModel === model)
      .map((p) => ({ post: p, plan: planPostYear(fundingPostOf(p), year, reference) }))
      .filter(({ plan }) => plan.monthsInPost > 0);
    const wteYears = plans.reduce((total, { post, plan }) => total + (post.wte * plan.monthsInPost) / 12, 0);
    const salary = plans.reduce((total, { plan }) => total + plan.salary, 0);
    return { posts: plans.length, averageAnnualPayPerWte: wteYears > 0 ? roundPence(salary / wteYears) : null };
  };
  const pcnEmployed = group('pcn_lead_practice');
  const vcseEmployed = group('vcse_subcontract');
  const area = icbName ?? 'this area';
  return { area, pcnCount, pcnEmployed, vcseEmployed, note: comparisonNote(area, year, pcnEmployed, vcseEmployed) };
}

/** The planner's per-post table or monthly schedule as CSV; the export is audited. */
export async function exportFundingPlanCsv(
  db: Db,
  ctx: RequestContext,
  query: FundingPlanCsvQuery,
): Promise<{ csv: string; filename: string }> {
  const plan = await fundingPlan(db, ctx, query);
  const { scope } = await loadPcnFor(db, ctx, query.pcnId, 'workforce:read');
  await recordAudit(db, ctx, {
    action: 'export',
    recordType: 'funding_plan',
    recordId: query.pcnId,
    via: scope.via,
    detail: { financialYear: plan.financialYear, table: query.table, posts: plan.posts.length },
  });
  const year = plan.financialYear.replace('/', '-');
  return { csv: fundingPlanCsv(plan, query.table), filename: `funding-plan-${query.table}-${year}.csv` };
}

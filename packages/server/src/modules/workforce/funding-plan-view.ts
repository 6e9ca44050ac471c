import {
  AFC_BANDS,
  type FundingPlan,
  type LocalPayComparison,
  type PostYearPlan,
  type ProjectionYear,
  type WorkforcePost,
} from '@kith/shared';

/** One post's line of the plan: the post's own details beside the rules' figures for the year. */
export function toFundingPlanPost(line: PostYearPlan, post: WorkforcePost | undefined): FundingPlan['posts'][number] {
  if (!post) throw new Error(`post ${line.postId} missing from its own plan`);
  return {
    postId: line.postId,
    title: post.title,
    role: post.role,
    holderDisplayName: post.holderDisplayName,
    employerName: post.employerName,
    employmentModel: post.employmentModel,
    fundingSource: post.fundingSource,
    wte: post.wte,
    pay: payLabel(post, line),
    monthsInPost: line.monthsInPost,
    capForPeriod: line.capForPeriod,
    payPoints: line.payPoints,
    salary: line.salary,
    employerNi: line.employerNi,
    employerPension: line.employerPension,
    managementCost: line.managementCost,
    totalCost: line.totalCost,
    claimable: line.claimable,
    shortfall: line.shortfall,
    warnings: line.warnings,
  };
}

function payLabel(post: WorkforcePost, line: PostYearPlan): string {
  if (post.band && AFC_BANDS.includes(post.band)) {
    const points = line.payPoints.length > 0 ? line.payPoints : [post.startingPayPoint ?? 1];
    return `Band ${post.band}, point ${points.join(' then ')}`;
  }
  return `Spot salary £${(post.spotSalary ?? 0).toLocaleString('en-GB')}`;
}

/** A projected year: its totals flattened beside the year, posts and warnings. */
export function toProjectionYear(year: ProjectionYear): FundingPlan['projection'][number] {
  return { financialYear: year.financialYear, ...year.totals, posts: year.posts, warnings: year.warnings };
}

/** The local pay comparison in words, saying plainly when there is nothing to compare. */
export function comparisonNote(
  area: string,
  year: string,
  pcn: LocalPayComparison['pcnEmployed'],
  vcse: LocalPayComparison['vcseEmployed'],
): string {
  const pounds = (amount: number) => `£${Math.round(amount).toLocaleString('en-GB')}`;
  if (pcn.averageAnnualPayPerWte === null && vcse.averageAnnualPayPerWte === null) {
    return `No link worker posts are recorded in ${year} for the PCNs of ${area}, so there is nothing to compare.`;
  }
  if (vcse.averageAnnualPayPerWte === null) {
    return `No VCSE-employed link worker posts are recorded in ${year} for the PCNs of ${area}, so there is nothing to compare with.`;
  }
  if (pcn.averageAnnualPayPerWte === null) {
    return `No PCN-employed link worker posts are recorded in ${year} for the PCNs of ${area}, so there is nothing to compare with.`;
  }
  const difference = pcn.averageAnnualPayPerWte - vcse.averageAnnualPayPerWte;
  if (Math.abs(difference) < 1) return `PCN-employed and VCSE-employed link workers in ${area} are paid the same per WTE.`;
  return `PCN-employed link workers in ${area} are paid ${pounds(Math.abs(difference))} a year per WTE ${
    difference > 0 ? 'more' : 'less'
  } than VCSE-employed link workers (posts recorded in Kith only).`;
}

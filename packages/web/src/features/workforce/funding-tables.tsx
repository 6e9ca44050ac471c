import './workforce.css';
import { type FundingPlan, POST_ROLE_LABELS } from '@kith/shared';
import { NhsTable } from '../../components/nhs-table.tsx';
import { EMPLOYMENT_MODEL_SHORT, formatMoney, formatMonth } from './workforce-format.ts';

const cell = 'nhsuk-table__cell';
const numeric = 'nhsuk-table__cell nhsuk-table__cell--numeric';

/** Each post's full cost, claim and shortfall for the year. */
export function PostCostTable({ plan }: { plan: FundingPlan }) {
  const caption = `Cost and claim per post, ${plan.financialYear}`;
  return (
    <NhsTable
      caption={caption}
      captionStyle="medium"
      columns={[
        'Post',
        'Pay',
        'WTE',
        'Months',
        // The answer first (cost, claim, shortfall); its make-up after, so on a narrow screen
        // the figures a PCN manager came for are visible before the table scrolls.
        'Total cost',
        'Claimable',
        'Shortfall',
        'Salary',
        'Employer NI',
        'Pension',
        'Management',
      ]}
      rows={plan.posts}
      rowKey={(post) => post.postId}
      emptyMessage="No posts in this year."
      renderRow={(post) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {post.title}
            <span className="nhsuk-body-s kith-block">
              {POST_ROLE_LABELS[post.role]} · {post.holderDisplayName ?? 'Vacant'} ·{' '}
              {EMPLOYMENT_MODEL_SHORT[post.employmentModel]}
              {post.fundingSource === 'arrs' ? '' : ' · not ARRS-funded'}
            </span>
          </th>
          <td className={cell}>{post.pay}</td>
          <td className={numeric}>{post.wte.toFixed(2)}</td>
          <td className={numeric}>{post.monthsInPost}</td>
          <td className={numeric}>{formatMoney(post.totalCost)}</td>
          <td className={numeric}>{formatMoney(post.claimable)}</td>
          <td className={numeric}>{formatMoney(post.shortfall)}</td>
          <td className={numeric}>{formatMoney(post.salary)}</td>
          <td className={numeric}>{formatMoney(post.employerNi)}</td>
          <td className={numeric}>{formatMoney(post.employerPension)}</td>
          <td className={numeric}>{formatMoney(post.managementCost)}</td>
        </>
      )}
    />
  );
}

/** What to claim each month: in proportion to cost, never past the cap accrued so far. */
export function ClaimScheduleTable({ plan }: { plan: FundingPlan }) {
  const caption = `Monthly claim schedule, ${plan.financialYear}`;
  return (
    <NhsTable
      caption={caption}
      captionStyle="medium"
      columns={['Month', 'Cost', 'Claimable', 'Claimed so far']}
      rows={plan.schedule}
      rowKey={(month) => month.month}
      renderRow={(month) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {formatMonth(month.month)}
          </th>
          <td className={numeric}>{formatMoney(month.cost)}</td>
          <td className={numeric}>{formatMoney(month.claimable)}</td>
          <td className={numeric}>{formatMoney(month.cumulativeClaimable)}</td>
        </>
      )}
    />
  );
}

/** The following years with pay-point progression, on the latest reference figures. */
export function ProjectionTable({ plan }: { plan: FundingPlan }) {
  return (
    <NhsTable
      caption="Projection over the next years"
      captionStyle="medium"
      columns={['Financial year', 'Total cost', 'Claimable', 'Shortfall']}
      rows={plan.projection}
      rowKey={(year) => year.financialYear}
      renderRow={(year) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {year.financialYear}
          </th>
          <td className={numeric}>{formatMoney(year.totalCost)}</td>
          <td className={numeric}>{formatMoney(year.claimable)}</td>
          <td className={numeric}>{formatMoney(year.shortfall)}</td>
        </>
      )}
    />
  );
}

import { Link } from 'react-router';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMyReferrals } from './referral-queries.ts';
import { ReferralTable } from './referral-table.tsx';

/** `/referrals/mine`: the referrals this user made, newest first, and their message backs. */
export function MyReferralsPage() {
  const { page, hrefFor } = usePageParam();
  const referrals = useMyReferrals(page);
  usePageTitle('Your referrals');

  return (
    <>
      <h1>Your referrals</h1>
      <p className="nhsuk-body">
        When a referral ends — the person is discharged, declines, cannot be reached, or it is withdrawn — its message back tells
        you what happened, when and why, and the codes to add to their GP record.
      </p>
      <p className="nhsuk-body">
        <Link to="/referrals/new">Make a referral</Link>
      </p>
      <QueryState query={referrals} what="your referrals">
        {(data) => (
          <>
            {data.total === 0 ? <p className="nhsuk-body">You have not made any referrals yet.</p> : null}
            {data.items.length > 0 ? (
              <ReferralTable
                caption="Your referrals, newest first"
                captionStyle="visually-hidden"
                // The API pages them newest first already.
                referrals={data.items}
                variant="made"
              />
            ) : null}
            <PaginationNav of={data} noun="referrals" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
    </>
  );
}

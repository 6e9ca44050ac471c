import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMyReferrals } from './referral-queries.ts';
import { ReferralTable } from './referral-table.tsx';

/** `/referrals/mine`: the referrals this user made, newest first, and their message backs. */
export function MyReferralsPage() {
  const { page, hrefFor } = usePageParam();
  const referrals = useMyReferrals(page);
  usePageTitle('Your referrals');
  // The API pages them newest first already.
  const newestFirst = referrals.data?.items ?? [];

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
      {referrals.isPending ? <LoadingState what="your referrals" /> : null}
      {referrals.isError ? (
        <ErrorState error={referrals.error} what="your referrals" onRetry={() => void referrals.refetch()} />
      ) : null}
      {referrals.data && referrals.data.total === 0 ? <p className="nhsuk-body">You have not made any referrals yet.</p> : null}
      {newestFirst.length > 0 ? (
        <ReferralTable
          caption="Your referrals, newest first"
          captionStyle="visually-hidden"
          referrals={newestFirst}
          variant="made"
        />
      ) : null}
      {referrals.data ? <PaginationNav of={referrals.data} noun="referrals" hrefFor={hrefFor} /> : null}
    </>
  );
}

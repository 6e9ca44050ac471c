import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useReferrals } from './referral-queries.ts';
import { ReferralTable } from './referral-table.tsx';

/** `/referrals/mine`: the referrals this user made, newest first, and their message backs. */
export function MyReferralsPage() {
  const referrals = useReferrals({ mine: 'made' });
  usePageTitle('Your referrals');
  const newestFirst = [...(referrals.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <h1>Your referrals</h1>
      <p className="nhsuk-body">
        When someone is discharged, their message back tells you what happened and the codes to add to their GP record.
      </p>
      <p className="nhsuk-body">
        <Link to="/referrals/new">Make a referral</Link>
      </p>
      {referrals.isPending ? <LoadingState what="your referrals" /> : null}
      {referrals.isError ? (
        <ErrorState error={referrals.error} what="your referrals" onRetry={() => void referrals.refetch()} />
      ) : null}
      {referrals.data && referrals.data.length === 0 ? <p className="nhsuk-body">You have not made any referrals yet.</p> : null}
      {newestFirst.length > 0 ? (
        <ReferralTable
          caption="Your referrals, newest first"
          captionStyle="visually-hidden"
          referrals={newestFirst}
          variant="made"
        />
      ) : null}
    </>
  );
}

import type { Referral } from '@kith/shared';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useReferral } from '../referrals/referral-queries.ts';

/** `/cases/:referralId/*`: loads the referral once for every section of the case. */
export function CaseLayout() {
  const { referralId = '' } = useParams();
  const referral = useReferral(referralId);
  // Only the care team works a case; its referrer's view of the referral is not one.
  const team = referral.data?.access === 'referrer' ? undefined : referral.data;
  const notFound = isApiError(referral.error, 'not_found', 'validation') || referral.data?.access === 'referrer';

  return (
    <>
      <BackLink to="/caseload">Back to your caseload</BackLink>
      {team ? <Outlet context={team} /> : <CaseUnavailable notFound={notFound} referral={referral} />}
    </>
  );
}

function CaseUnavailable({ notFound, referral }: { notFound: boolean; referral: ReturnType<typeof useReferral> }) {
  usePageTitle(notFound ? 'Case not found' : 'Case');
  return (
    <>
      <h1>{notFound ? 'Case not found' : 'Case'}</h1>
      {referral.isError ? (
        <ErrorState error={referral.error} what="the case" onRetry={() => void referral.refetch()} />
      ) : notFound ? (
        <p className="nhsuk-body">This referral is not a case you can work on.</p>
      ) : (
        <LoadingState what="the case" />
      )}
    </>
  );
}

/** The referral of the case being shown, for the section pages. */
export function useCaseReferral(): Referral {
  return useOutletContext<Referral>();
}

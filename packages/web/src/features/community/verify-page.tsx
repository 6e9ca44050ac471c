import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { SignInState } from '../session/sign-in-location.ts';
import { communityIssues } from './community-issues.ts';
import { useVerifyMember } from './member-queries.ts';

const AFTER_SIGN_IN: SignInState = { from: '/community' };

/**
 * `/community/verify?token=…`, opened from the registration email. Confirming takes one press
 * of a button rather than happening on load, so a mail scanner that opens links cannot use
 * up the one-time link before the person does.
 */
export function VerifyPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const verify = useVerifyMember();
  const issues = verify.isError
    ? communityIssues(verify.error).map((issue) => ({ ...issue, path: '' }))
    : token === ''
      ? [{ path: '', message: 'The link is not complete: open it from the email again' }]
      : [];
  usePageTitle('Confirm your email address', issues.length > 0);

  if (verify.data) {
    return (
      <>
        <SuccessBanner message={verify.data.message} />
        <h1>Your email address is confirmed</h1>
        <p className="nhsuk-body">You are now a member of the community of practice.</p>
        <ButtonLink to="/sign-in" state={AFTER_SIGN_IN}>
          Sign in
        </ButtonLink>
      </>
    );
  }

  const expired = isApiError(verify.error, 'validation');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary issues={issues} />
        <h1>Confirm your email address</h1>
        {token !== '' && !expired ? (
          <>
            <p className="nhsuk-body">Confirm the address you registered with to finish joining the community.</p>
            <Button type="button" pending={verify.isPending} pendingLabel="Confirming…" onClick={() => verify.mutate(token)}>
              Confirm my email address
            </Button>
          </>
        ) : (
          <p className="nhsuk-body">
            <Link to="/community/register">Register again</Link> to get a new link, or{' '}
            <Link to="/sign-in" state={AFTER_SIGN_IN}>
              sign in
            </Link>{' '}
            if you have confirmed your address already.
          </p>
        )}
      </div>
    </div>
  );
}

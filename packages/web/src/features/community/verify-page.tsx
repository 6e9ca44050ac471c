import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
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
  const kith = useKithForm({
    defaultValues: {},
    fieldOrder: [],
    toRequest: () => ({ ok: true, data: token }),
    // The page has no fields: every problem is with the link itself.
    issuesFor: (error) => communityIssues(error).map((issue) => ({ ...issue, path: '' })),
    onSubmit: (sent) => verify.mutateAsync(sent),
    externalIssues: token === '' ? [{ path: '', message: 'The link is not complete: open it from the email again' }] : [],
  });
  usePageTitle('Confirm your email address', kith.issues.length > 0);

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
        {/* The links replace the button inside the frame, so a refusal stays in the summary above them. */}
        <KithFormFrame kith={kith} intro={<h1>Confirm your email address</h1>}>
          {token !== '' && !expired ? (
            <>
              <p className="nhsuk-body">Confirm the address you registered with to finish joining the community.</p>
              <Button type="submit" pending={kith.pending} pendingLabel="Confirming…">
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
        </KithFormFrame>
      </div>
    </div>
  );
}

import { SignInRequest } from '@kith/shared';
import { Link, Navigate, useLocation } from 'react-router';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { signInIssues } from './session-form-issues.ts';
import { useMe, useSignIn } from './session-queries.ts';
import { readPasswordReset, readReturnPath, readSessionExpired, readSignedOut } from './sign-in-location.ts';

const SIGN_IN_FIELDS = ['email', 'password'];

/** `/sign-in`: email and password. Redirects to where the user was going once signed in. */
export function SignInPage() {
  const location = useLocation();
  const me = useMe();
  const signIn = useSignIn();
  const kith = useKithForm({
    defaultValues: { email: '', password: '' },
    toRequest: (values) => validateWith(SignInRequest, values),
    fieldOrder: SIGN_IN_FIELDS,
    issuesFor: signInIssues,
    onSubmit: (request) => signIn.mutateAsync(request),
  });
  const hasIssues = kith.issues.length > 0;
  usePageTitle('Sign in', hasIssues);

  const notice = readSignedOut(location.state)
    ? 'You have signed out.'
    : readSessionExpired(location.state)
      ? 'Your session has ended. Sign in again to carry on where you were.'
      : null;

  const passwordReset = readPasswordReset(location.state) && !hasIssues;

  if (me.data) return <Navigate to={readReturnPath(location.state)} replace />;

  const { control } = kith.form;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice && !hasIssues ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{notice}</p>
          </div>
        ) : null}
        {passwordReset ? (
          <SuccessBanner message="Your password has been changed" detail="Sign in with your new password." />
        ) : null}
        {me.isPending ? (
          <>
            <h1>Sign in to Kith</h1>
            <LoadingState what="your session" />
          </>
        ) : (
          // The error summary comes first, above the heading.
          <KithFormFrame kith={kith} linkablePaths={SIGN_IN_FIELDS} intro={<h1>Sign in to Kith</h1>}>
            <FormTextField
              control={control}
              name="email"
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
            />
            <FormTextField control={control} name="password" label="Password" type="password" autoComplete="current-password" />
            <Button type="submit" pending={kith.pending} pendingLabel="Signing in…">
              Sign in
            </Button>
            <p className="nhsuk-body">
              <Link to="/forgot-password">Forgot your password?</Link>
            </p>
          </KithFormFrame>
        )}
      </div>
    </div>
  );
}

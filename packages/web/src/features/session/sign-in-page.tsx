import { SignInRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { TextField } from '../../components/text-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMe, useSignIn } from './session-queries.ts';
import { readPasswordReset, readReturnPath, readSessionExpired, readSignedOut } from './sign-in-location.ts';

/** Errors from signing in: field errors from validation, one general message otherwise. */
function signInIssues(error: unknown): FormIssue[] {
  if (isApiError(error, 'invalid_credentials')) {
    return [{ path: '', message: error.message || 'Email or password is not right' }];
  }
  if (isApiError(error, 'rate_limited')) {
    return [
      { path: '', message: error.message || 'Too many attempts to sign in from this device. Wait a little, then try again.' },
    ];
  }
  // An unverified community member: the server's message says to verify the email address.
  if (isApiError(error, 'forbidden') && error.message) return [{ path: '', message: error.message }];
  return issuesFromError(error);
}

/** `/sign-in`: email and password. Redirects to where the user was going once signed in. */
export function SignInPage() {
  const location = useLocation();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Sign in', issues.length > 0);

  const notice = readSignedOut(location.state)
    ? 'You have signed out.'
    : readSessionExpired(location.state)
      ? 'Your session has ended. Sign in again to carry on where you were.'
      : null;

  const passwordReset = readPasswordReset(location.state) && issues.length === 0;

  if (me.data) return <Navigate to={readReturnPath(location.state)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(SignInRequest, { email, password });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    signIn.mutate(checked.data, { onError: (error) => setIssues(signInIssues(error)) });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice && issues.length === 0 ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{notice}</p>
          </div>
        ) : null}
        {passwordReset ? (
          <SuccessBanner message="Your password has been changed" detail="Sign in with your new password." />
        ) : null}
        <ErrorSummary issues={issues} linkablePaths={['email', 'password']} />
        <h1>Sign in to Kith</h1>
        {me.isPending ? (
          <LoadingState what="your session" />
        ) : (
          <form onSubmit={submit} noValidate>
            <TextField
              id="email"
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={messageFor(issues, 'email')}
            />
            <TextField
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={messageFor(issues, 'password')}
            />
            <Button type="submit" pending={signIn.isPending} pendingLabel="Signing in…">
              Sign in
            </Button>
            <p className="nhsuk-body">
              <Link to="/forgot-password">Forgot your password?</Link>
            </p>
          </form>
        )}
      </div>
    </div>
  );
}

import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCompletePasswordReset } from './password-reset-queries.ts';
import { checkResetPassword, RESET_PASSWORD_FIELDS } from './reset-password-values.ts';
import type { SignInState } from './sign-in-location.ts';

const AFTER_RESET: SignInState = { passwordReset: true };

/** The link cannot be used (expired, used, unknown or cut short): say so and offer a new one. */
function LinkNotUsable({ message }: { message: string }) {
  return (
    <>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          This link cannot be used
        </h2>
        <p>{message}</p>
      </div>
      <p className="nhsuk-body">
        <Link to="/forgot-password">Ask for a new link to reset your password</Link>
      </p>
    </>
  );
}

/**
 * `/reset-password?token=…`, opened from the reset email: the new password, typed twice. The
 * link is only used when the form is sent, so a mail scanner opening it does not use it up.
 */
export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const navigate = useNavigate();
  const complete = useCompletePasswordReset();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const linkProblem = token === '' ? 'The link is not complete: open it from the email again.' : messageFor(issues, 'token');
  // One list per change, so the summary takes focus when the problem appears, not on every render.
  const shownIssues = useMemo(() => (linkProblem ? [{ path: '', message: linkProblem }] : issues), [linkProblem, issues]);
  usePageTitle('Choose a new password', shownIssues.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkResetPassword({ token, password, confirmPassword });
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, ['token', ...RESET_PASSWORD_FIELDS]));
      return;
    }
    setIssues([]);
    complete.mutate(checked.data, {
      onSuccess: () => navigate('/sign-in', { replace: true, state: AFTER_RESET }),
      onError: (error) => setIssues(orderIssues(issuesFromError(error), ['token', ...RESET_PASSWORD_FIELDS])),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary issues={shownIssues} linkablePaths={RESET_PASSWORD_FIELDS} />
        <h1>Choose a new password</h1>
        {linkProblem ? (
          <LinkNotUsable message={linkProblem} />
        ) : (
          <form onSubmit={submit} noValidate>
            <TextField
              id="password"
              label="New password"
              hint="At least 12 characters. A few unrelated words make a strong password."
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={messageFor(issues, 'password')}
            />
            <TextField
              id="confirmPassword"
              label="Confirm your new password"
              type="password"
              autoComplete="new-password"
              value={confirmPassword}
              onChange={setConfirmPassword}
              error={messageFor(issues, 'confirmPassword')}
            />
            <Button type="submit" pending={complete.isPending} pendingLabel="Saving…">
              Save new password
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}

import { PasswordResetRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useRequestPasswordReset } from './password-reset-queries.ts';

/** After asking: the same words whether or not the address has an account. */
function CheckYourEmail({ message, email, onAskAgain }: { message: string; email: string; onAskAgain: () => void }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Check your email</h1>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{message}</p>
        </div>
        <p className="nhsuk-body">
          We sent it to <strong>{email}</strong>. The link works once, for a short time. If nothing arrives after a few minutes,
          check your spam folder, or{' '}
          <Link to="/forgot-password" onClick={onAskAgain}>
            ask for another link
          </Link>
          .
        </p>
        <p className="nhsuk-body">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </div>
    </div>
  );
}

/** `/forgot-password`: asks for the address to send a single-use reset link to. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle(request.data ? 'Check your email' : 'Reset your password', issues.length > 0);

  if (request.data) {
    return <CheckYourEmail message={request.data.message} email={email.trim()} onAskAgain={() => request.reset()} />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(PasswordResetRequest, { email });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    request.mutate(checked.data, {
      onError: (error) =>
        setIssues(
          isApiError(error, 'rate_limited')
            ? [{ path: '', message: 'Too many requests from this device. Wait a few minutes, then try again.' }]
            : issuesFromError(error),
        ),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary issues={issues} linkablePaths={['email']} />
        <h1>Reset your password</h1>
        <p className="nhsuk-body">
          Enter the email address you sign in to Kith with. If it has an account, we will email it a link to choose a new
          password.
        </p>
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
          <Button type="submit" pending={request.isPending} pendingLabel="Sending…">
            Send me a link
          </Button>
        </form>
        <p className="nhsuk-body">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </div>
    </div>
  );
}

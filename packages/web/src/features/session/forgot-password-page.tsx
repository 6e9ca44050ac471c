import { PasswordResetRequest } from '@kith/shared';
import { Link } from 'react-router';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useRequestPasswordReset } from './password-reset-queries.ts';
import { resetRequestIssues } from './session-form-issues.ts';

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
  const kith = useKithForm({
    defaultValues: { email: '' },
    toRequest: (values) => validateWith(PasswordResetRequest, values),
    fieldOrder: ['email'],
    issuesFor: resetRequestIssues,
    onSubmit: (checked) => request.mutateAsync(checked),
  });
  usePageTitle(request.data ? 'Check your email' : 'Reset your password', kith.issues.length > 0);

  if (request.data) {
    return <CheckYourEmail message={request.data.message} email={kith.values.email.trim()} onAskAgain={() => request.reset()} />;
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {/* The error summary comes first, above the heading. */}
        <KithFormFrame
          kith={kith}
          linkablePaths={['email']}
          intro={
            <>
              <h1>Reset your password</h1>
              <p className="nhsuk-body">
                Enter the email address you sign in to Kith with. If it has an account, we will email it a link to choose a new
                password.
              </p>
            </>
          }
        >
          <FormTextField
            control={kith.form.control}
            name="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
          />
          <Button type="submit" pending={kith.pending} pendingLabel="Sending…">
            Send me a link
          </Button>
        </KithFormFrame>
        <p className="nhsuk-body">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </div>
    </div>
  );
}

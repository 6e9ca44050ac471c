import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
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
  const kith = useKithForm({
    defaultValues: { password: '', confirmPassword: '' },
    toRequest: (values) => checkResetPassword({ ...values, token }),
    fieldOrder: ['token', ...RESET_PASSWORD_FIELDS],
    onSubmit: async (request) => {
      await complete.mutateAsync(request);
      navigate('/sign-in', { replace: true, state: AFTER_RESET });
    },
  });
  // A problem with the token (from the check or the server) means the link is no use: no form then.
  const linkProblem =
    token === ''
      ? 'The link is not complete: open it from the email again.'
      : kith.issues.find((issue) => issue.path === 'token')?.message;
  // One list per problem, so the summary takes focus when it appears, not on every render.
  const linkIssues = useMemo(() => (linkProblem ? [{ path: '', message: linkProblem }] : []), [linkProblem]);
  usePageTitle('Choose a new password', linkIssues.length > 0 || kith.issues.length > 0);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {linkProblem ? (
          <>
            <ErrorSummary issues={linkIssues} />
            <h1>Choose a new password</h1>
            <LinkNotUsable message={linkProblem} />
          </>
        ) : (
          // The error summary comes first, above the heading.
          <KithFormFrame kith={kith} linkablePaths={RESET_PASSWORD_FIELDS} intro={<h1>Choose a new password</h1>}>
            <FormTextField
              control={kith.form.control}
              name="password"
              label="New password"
              hint="At least 12 characters. A few unrelated words make a strong password."
              type="password"
              autoComplete="new-password"
            />
            <FormTextField
              control={kith.form.control}
              name="confirmPassword"
              label="Confirm your new password"
              type="password"
              autoComplete="new-password"
            />
            <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
              Save new password
            </Button>
          </KithFormFrame>
        )}
      </div>
    </div>
  );
}

import { CommunityRegisterRequest } from '@kith/shared';
import { Link } from 'react-router';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { HoneypotField } from '../../components/honeypot-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { communityIssues } from './community-issues.ts';
import { useRegisterMember } from './member-queries.ts';

const FIELD_ORDER = ['displayName', 'email', 'password'];

/** After registering: what to do next. The same words whether or not the address was new. */
function CheckYourEmail({ message, email }: { message: string; email: string }) {
  return (
    <>
      <h1>Check your email</h1>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{message}</p>
      </div>
      <p className="nhsuk-body">
        We sent it to <strong>{email}</strong>. If it has not arrived after a few minutes, check your spam folder, or register
        again to get a new link.
      </p>
      <p className="nhsuk-body">
        <Link to="/community">Back to the community</Link>
      </p>
    </>
  );
}

/**
 * `/community/register`: anyone may join the community of practice. Registering gives no access
 * to anyone's records; the email address is confirmed by a link before the member can sign in.
 */
export function RegisterPage() {
  const register = useRegisterMember();
  const kith = useKithForm({
    defaultValues: { displayName: '', email: '', password: '', website: '' },
    fieldOrder: FIELD_ORDER,
    toRequest: (values) => validateWith(CommunityRegisterRequest, values),
    issuesFor: (error) => communityIssues(error, { conflictPath: 'email' }),
    onSubmit: (request) => register.mutateAsync(request),
  });
  const { control } = kith.form;
  usePageTitle(register.data ? 'Check your email' : 'Register for the community', kith.issues.length > 0);

  if (register.data) return <CheckYourEmail message={register.data.message} email={kith.values.email.trim()} />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <KithFormFrame
          kith={kith}
          linkablePaths={FIELD_ORDER}
          intro={
            <>
              <h1>Register for the community</h1>
              <p className="nhsuk-body">
                Join link workers, primary care networks and voluntary-sector partners to rate and save posts, comment, start
                discussions and reply to webinars and network meetings.
              </p>
              <p className="nhsuk-body">
                Registering does not give you access to anyone’s records. Already work in Kith?{' '}
                <Link to="/sign-in">Sign in with your Kith account</Link> instead: you are a member already.
              </p>
            </>
          }
        >
          <FormTextField
            control={control}
            name="displayName"
            label="Your name"
            hint="Shown beside your comments and posts"
            autoComplete="name"
          />
          <FormTextField
            control={control}
            name="email"
            label="Email address"
            hint="We will send a link to this address to confirm it"
            type="email"
            autoComplete="email"
            spellCheck={false}
          />
          <FormTextField
            control={control}
            name="password"
            label="Create a password"
            hint="At least 12 characters. A few unrelated words make a strong password."
            type="password"
            autoComplete="new-password"
          />
          <HoneypotField id="register-website" value={kith.values.website} onChange={(website) => kith.set({ website })} />
          <Button type="submit" pending={kith.pending} pendingLabel="Registering…">
            Register
          </Button>
        </KithFormFrame>
      </div>
    </div>
  );
}

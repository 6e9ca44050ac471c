import { CommunityRegisterRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type FormIssue, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { HoneypotField } from '../../components/honeypot-field.tsx';
import { TextField } from '../../components/text-field.tsx';
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
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [website, setWebsite] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle(register.data ? 'Check your email' : 'Register for the community', issues.length > 0);

  if (register.data) return <CheckYourEmail message={register.data.message} email={email.trim()} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(CommunityRegisterRequest, { displayName, email, password, website });
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, FIELD_ORDER));
      return;
    }
    setIssues([]);
    register.mutate(checked.data, {
      onError: (error) => setIssues(orderIssues(communityIssues(error, { conflictPath: 'email' }), FIELD_ORDER)),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary issues={issues} linkablePaths={FIELD_ORDER} />
        <h1>Register for the community</h1>
        <p className="nhsuk-body">
          Join link workers, primary care networks and voluntary-sector partners to rate and save posts, comment, start
          discussions and reply to webinars and network meetings.
        </p>
        <p className="nhsuk-body">
          Registering does not give you access to anyone’s records. Already work in Kith?{' '}
          <Link to="/sign-in">Sign in with your Kith account</Link> instead: you are a member already.
        </p>
        <form onSubmit={submit} noValidate>
          <TextField
            id="displayName"
            label="Your name"
            hint="Shown beside your comments and posts"
            autoComplete="name"
            value={displayName}
            onChange={setDisplayName}
            error={messageFor(issues, 'displayName')}
          />
          <TextField
            id="email"
            label="Email address"
            hint="We will send a link to this address to confirm it"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={messageFor(issues, 'email')}
          />
          <TextField
            id="password"
            label="Create a password"
            hint="At least 12 characters. A few unrelated words make a strong password."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={messageFor(issues, 'password')}
          />
          <HoneypotField id="register-website" value={website} onChange={setWebsite} />
          <Button type="submit" pending={register.isPending} pendingLabel="Registering…">
            Register
          </Button>
        </form>
      </div>
    </div>
  );
}

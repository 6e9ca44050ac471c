import { CreateUserRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { QueryState } from '../../components/query-state.tsx';
import { TextField } from '../../components/text-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { newMembershipRow, toMembershipGrants } from './membership-rows.ts';
import { MembershipRowsField } from './membership-rows-field.tsx';
import { UserIdentityFields } from './user-identity-fields.tsx';
import { useCreateUser } from './users-queries.ts';

/** `/admin/users/new`: name, email, initial password and one or more roles. */
export function CreateUserPage() {
  const navigate = useNavigate();
  const organisations = useOrganisations({ includeInactive: false });
  const createUser = useCreateUser();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rows, setRows] = useState(() => [newMembershipRow()]);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Create user', issues.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(CreateUserRequest, {
      displayName,
      email,
      password,
      memberships: toMembershipGrants(rows),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    createUser.mutate(checked.data, {
      onSuccess: (user) => {
        const state: FlashState = {
          flash: `${user.displayName} has been created`,
          flashDetail: 'They can sign in now with their email address and the initial password you set.',
        };
        navigate(`/admin/users/${user.id}`, { state });
      },
      onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'email' })),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Back to users</BackLink>
        <ErrorSummary issues={issues} />
        <h1>Create user</h1>
        <QueryState query={organisations} what="organisations">
          {(data) => (
            <form onSubmit={submit} noValidate>
              <UserIdentityFields
                displayName={displayName}
                email={email}
                onDisplayNameChange={setDisplayName}
                onEmailChange={setEmail}
                issues={issues}
                emailHint="They will use this to sign in."
              />
              <TextField
                id="password"
                label="Initial password"
                hint="At least 12 characters. Give it to them securely, not by email."
                type="password"
                value={password}
                onChange={setPassword}
                autoComplete="new-password"
                error={messageFor(issues, 'password')}
              />
              <MembershipRowsField rows={rows} onChange={setRows} organisations={data} issues={issues} />
              <Button type="submit" pending={createUser.isPending} pendingLabel="Creating user…">
                Create user
              </Button>
            </form>
          )}
        </QueryState>
      </div>
    </div>
  );
}

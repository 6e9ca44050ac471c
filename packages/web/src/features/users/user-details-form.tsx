import { type UpdateUserRequest, UpdateUserRequest as UpdateUserSchema, type User } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { UserIdentityFields } from './user-identity-fields.tsx';
import { useUpdateUser } from './users-queries.ts';

interface UserDetailsFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** Name and email address; only what changed is sent. */
export function UserDetailsForm({ user, onSaved }: UserDetailsFormProps) {
  const updateUser = useUpdateUser(user.id);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email);
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes: UpdateUserRequest = {};
    if (displayName !== user.displayName) changes.displayName = displayName;
    if (email !== user.email) changes.email = email;
    const checked = validateWith(UpdateUserSchema, changes);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    if (Object.keys(checked.data).length === 0) {
      setIssues([]);
      onSaved('Nothing to save: the name and email address are unchanged');
      return;
    }
    setIssues([]);
    updateUser.mutate(checked.data, {
      onSuccess: (saved) => {
        setDisplayName(saved.displayName);
        setEmail(saved.email);
        onSaved('Name and email address saved');
      },
      onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'email' })),
    });
  };

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">Name and email address</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <UserIdentityFields
          displayName={displayName}
          email={email}
          onDisplayNameChange={setDisplayName}
          onEmailChange={setEmail}
          issues={issues}
        />
        <Button variant="secondary" type="submit" pending={updateUser.isPending} pendingLabel="Saving…">
          Save name and email address
        </Button>
      </form>
    </section>
  );
}

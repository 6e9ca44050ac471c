import type { User } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useUpdateUser } from './users-queries.ts';

interface UserStatusFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** Deactivate (ends their sessions, stops sign-in) or reactivate an account. Nothing is deleted. */
export function UserStatusForm({ user, onSaved }: UserStatusFormProps) {
  const updateUser = useUpdateUser(user.id);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const deactivating = user.active;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIssues([]);
    updateUser.mutate(
      { active: !user.active },
      {
        onSuccess: (saved) =>
          onSaved(saved.active ? `${saved.displayName} has been reactivated` : `${saved.displayName} has been deactivated`),
        onError: (error) => setIssues(issuesFromError(error)),
      },
    );
  };

  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{deactivating ? 'Deactivate account' : 'Reactivate account'}</h2>
      <ErrorSummary issues={issues} />
      <p className="nhsuk-body">
        {deactivating
          ? 'Deactivating signs them out everywhere and stops them signing in. Their records and audit history are kept, and you can reactivate them later.'
          : 'This account is deactivated. Reactivating lets them sign in again with their existing password and roles.'}
      </p>
      <form onSubmit={submit} noValidate>
        <Button variant={deactivating ? 'warning' : 'secondary'} type="submit" pending={updateUser.isPending}>
          {deactivating ? 'Deactivate account' : 'Reactivate account'}
          <span className="nhsuk-u-visually-hidden"> for {user.displayName}</span>
        </Button>
      </form>
    </section>
  );
}

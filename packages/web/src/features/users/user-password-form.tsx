import { NewPassword, type User } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useUpdateUser } from './users-queries.ts';

interface UserPasswordFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** Sets a new password for someone who has forgotten theirs. */
export function UserPasswordForm({ user, onSaved }: UserPasswordFormProps) {
  const updateUser = useUpdateUser(user.id);
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(NewPassword, password);
    if (!checked.ok) {
      setIssues(checked.issues.map((issue) => ({ ...issue, path: 'password' })));
      return;
    }
    setIssues([]);
    updateUser.mutate(
      { password: checked.data },
      {
        onSuccess: () => {
          setPassword('');
          onSaved(`New password set for ${user.displayName}`);
        },
        onError: (error) => setIssues(issuesFromError(error)),
      },
    );
  };

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Set a new password</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="password"
          label="New password"
          hint="At least 12 characters. Give it to them securely, not by email."
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          error={messageFor(issues, 'password')}
        />
        <Button variant="secondary" type="submit" pending={updateUser.isPending} pendingLabel="Saving…">
          Set new password
        </Button>
      </form>
    </section>
  );
}

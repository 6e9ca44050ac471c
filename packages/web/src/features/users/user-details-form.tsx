import type { User } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { buildUserDetailsRequest, USER_DETAILS_FIELD_ORDER } from './user-form-values.ts';
import { UserIdentityFields } from './user-identity-fields.tsx';
import { useUpdateUser } from './users-queries.ts';

interface UserDetailsFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** Name and email address; only what changed is sent. */
export function UserDetailsForm({ user, onSaved }: UserDetailsFormProps) {
  const updateUser = useUpdateUser(user.id);
  const kith = useKithForm({
    defaultValues: { displayName: user.displayName, email: user.email },
    toRequest: (values) => buildUserDetailsRequest(user, values),
    fieldOrder: USER_DETAILS_FIELD_ORDER,
    conflictPath: 'email',
    onSubmit: async (changes) => {
      if (Object.keys(changes).length === 0) {
        onSaved('Nothing to save: the name and email address are unchanged');
        return;
      }
      await updateUser.mutateAsync(changes);
      onSaved('Name and email address saved');
    },
  });

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">Name and email address</h2>
      <KithFormFrame kith={kith}>
        <UserIdentityFields control={kith.form.control} />
        <Button variant="secondary" type="submit" pending={kith.pending} pendingLabel="Saving…">
          Save name and email address
        </Button>
      </KithFormFrame>
    </section>
  );
}

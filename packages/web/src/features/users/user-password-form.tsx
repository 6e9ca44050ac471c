import type { User } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { buildPasswordRequest, USER_PASSWORD_FIELD_ORDER } from './user-form-values.ts';
import { useUpdateUser } from './users-queries.ts';

interface UserPasswordFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** Sets a new password for someone who has forgotten theirs. */
export function UserPasswordForm({ user, onSaved }: UserPasswordFormProps) {
  const updateUser = useUpdateUser(user.id);
  const kith = useKithForm({
    defaultValues: { password: '' },
    toRequest: buildPasswordRequest,
    fieldOrder: USER_PASSWORD_FIELD_ORDER,
    // The password is not kept on screen once it is set.
    clearOnSave: true,
    onSubmit: async (request) => {
      await updateUser.mutateAsync(request);
      onSaved(`New password set for ${user.displayName}`);
    },
  });

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Set a new password</h2>
      <KithFormFrame kith={kith}>
        <FormTextField
          control={kith.form.control}
          name="password"
          label="New password"
          hint="At least 12 characters. Give it to them securely, not by email."
          type="password"
          autoComplete="new-password"
        />
        <Button variant="secondary" type="submit" pending={kith.pending} pendingLabel="Saving…">
          Set new password
        </Button>
      </KithFormFrame>
    </section>
  );
}

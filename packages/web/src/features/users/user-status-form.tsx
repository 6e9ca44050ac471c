import type { User } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useUpdateUser } from './users-queries.ts';

interface UserStatusFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** Deactivate (ends their sessions, stops sign-in) or reactivate an account. Nothing is deleted. */
export function UserStatusForm({ user, onSaved }: UserStatusFormProps) {
  const updateUser = useUpdateUser(user.id);
  const deactivating = user.active;
  const kith = useKithForm({
    defaultValues: {},
    toRequest: () => ({ ok: true, data: { active: !user.active } }),
    fieldOrder: [],
    onSubmit: async (request) => {
      const saved = await updateUser.mutateAsync(request);
      onSaved(saved.active ? `${saved.displayName} has been reactivated` : `${saved.displayName} has been deactivated`);
    },
  });

  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{deactivating ? 'Deactivate account' : 'Reactivate account'}</h2>
      <p className="nhsuk-body">
        {deactivating
          ? 'Deactivating signs them out everywhere and stops them signing in. Their records and audit history are kept, and you can reactivate them later.'
          : 'This account is deactivated. Reactivating lets them sign in again with their existing password and roles.'}
      </p>
      <KithFormFrame kith={kith}>
        <Button variant={deactivating ? 'warning' : 'secondary'} type="submit" pending={kith.pending}>
          {deactivating ? 'Deactivate account' : 'Reactivate account'}
          <span className="nhsuk-u-visually-hidden"> for {user.displayName}</span>
        </Button>
      </KithFormFrame>
    </section>
  );
}

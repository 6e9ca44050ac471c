import type { User } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { MembershipRowsField } from './membership-rows-field.tsx';
import { buildRolesRequest, MEMBERSHIPS_FIELD_ORDER, userRolesValues } from './user-form-values.ts';
import { useReplaceMemberships } from './users-queries.ts';

interface UserRolesFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** The user's complete set of roles, replaced in one go (`PUT /api/users/:id/memberships`). */
export function UserRolesForm({ user, onSaved }: UserRolesFormProps) {
  const organisations = useOrganisations({ includeInactive: true });
  const replaceMemberships = useReplaceMemberships(user.id);
  const kith = useKithForm({
    defaultValues: userRolesValues(user),
    toRequest: buildRolesRequest,
    fieldOrder: MEMBERSHIPS_FIELD_ORDER,
    onSubmit: async (request) => {
      await replaceMemberships.mutateAsync(request);
      onSaved(`Roles saved for ${user.displayName}`);
    },
  });

  return (
    <section>
      <QueryState query={organisations} what="organisations">
        {(data) => (
          <KithFormFrame kith={kith}>
            <MembershipRowsField
              control={kith.form.control}
              rows={kith.values.memberships}
              onChange={(memberships) => kith.set({ memberships })}
              organisations={data}
            />
            <Button variant="secondary" type="submit" pending={kith.pending} pendingLabel="Saving…">
              Save roles
            </Button>
          </KithFormFrame>
        )}
      </QueryState>
    </section>
  );
}

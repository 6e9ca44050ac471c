import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { MembershipRowsField } from './membership-rows-field.tsx';
import { buildCreateUserRequest, CREATE_USER_FIELD_ORDER, emptyCreateUser } from './user-form-values.ts';
import { UserIdentityFields } from './user-identity-fields.tsx';
import { useCreateUser } from './users-queries.ts';

/** `/admin/users/new`: name, email, initial password and one or more roles. */
export function CreateUserPage() {
  const navigate = useNavigate();
  const organisations = useOrganisations({ includeInactive: false });
  const createUser = useCreateUser();
  const kith = useKithForm({
    defaultValues: emptyCreateUser(),
    toRequest: buildCreateUserRequest,
    fieldOrder: CREATE_USER_FIELD_ORDER,
    conflictPath: 'email',
    onSubmit: async (request) => {
      const user = await createUser.mutateAsync(request);
      const state: FlashState = {
        flash: `${user.displayName} has been created`,
        flashDetail: 'They can sign in now with their email address and the initial password you set.',
      };
      navigate(`/admin/users/${user.id}`, { state });
    },
  });
  usePageTitle('Create user', kith.issues.length > 0);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Back to users</BackLink>
        {/* The error summary comes first on the page, above the heading. */}
        <KithFormFrame kith={kith} intro={<h1>Create user</h1>}>
          <QueryState query={organisations} what="organisations">
            {(data) => (
              <>
                <UserIdentityFields control={kith.form.control} emailHint="They will use this to sign in." />
                <FormTextField
                  control={kith.form.control}
                  name="password"
                  label="Initial password"
                  hint="At least 12 characters. Give it to them securely, not by email."
                  type="password"
                  autoComplete="new-password"
                />
                <MembershipRowsField
                  control={kith.form.control}
                  rows={kith.values.memberships}
                  onChange={(memberships) => kith.set({ memberships })}
                  organisations={data}
                />
                <Button type="submit" pending={kith.pending} pendingLabel="Creating user…">
                  Create user
                </Button>
              </>
            )}
          </QueryState>
        </KithFormFrame>
      </div>
    </div>
  );
}

import { ReplaceMembershipsRequest, type User } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { newMembershipRow, toMembershipGrants } from './membership-rows.ts';
import { MembershipRowsField } from './membership-rows-field.tsx';
import { useReplaceMemberships } from './users-queries.ts';

interface UserRolesFormProps {
  user: User;
  onSaved: (message: string) => void;
}

/** The user's complete set of roles, replaced in one go (`PUT /api/users/:id/memberships`). */
export function UserRolesForm({ user, onSaved }: UserRolesFormProps) {
  const organisations = useOrganisations({ includeInactive: true });
  const replaceMemberships = useReplaceMemberships(user.id);
  const [rows, setRows] = useState(() =>
    user.memberships.length > 0 ? user.memberships.map((membership) => newMembershipRow(membership)) : [newMembershipRow()],
  );
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(ReplaceMembershipsRequest, { memberships: toMembershipGrants(rows) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    replaceMemberships.mutate(checked.data, {
      onSuccess: () => onSaved(`Roles saved for ${user.displayName}`),
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section>
      <ErrorSummary issues={issues} />
      <QueryState query={organisations} what="organisations">
        {(data) => (
          <form onSubmit={submit} noValidate>
            <MembershipRowsField rows={rows} onChange={setRows} organisations={data} issues={issues} />
            <Button variant="secondary" type="submit" pending={replaceMemberships.isPending} pendingLabel="Saving…">
              Save roles
            </Button>
          </form>
        )}
      </QueryState>
    </section>
  );
}

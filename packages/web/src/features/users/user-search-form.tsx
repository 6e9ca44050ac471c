import { ROLE_LABELS, ROLES } from '@kith/shared';
import { useNavigate } from 'react-router';
import type { Checked } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { userListHref } from './user-list-params.ts';
import type { UserListParams } from './users-queries.ts';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface UserSearchFormProps {
  initial: UserListParams;
}

/** Name/email search and role filter; submitting puts them in the query string (page 1). */
export function UserSearchForm({ initial }: UserSearchFormProps) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: { q: initial.q, role: initial.role as string },
    toRequest: ({ q, role }): Checked<UserListParams> => ({
      ok: true,
      data: { q: q.trim(), role: ROLES.find((candidate) => candidate === role) ?? '', page: 1 },
    }),
    fieldOrder: [],
    onSubmit: async (params) => navigate(userListHref(params)),
  });

  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FormTextField
              control={kith.form.control}
              name="q"
              label="Name or email address"
              type="search"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <FormSelectField control={kith.form.control} name="role" label="Role" options={ROLE_OPTIONS} placeholder="Any role" />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Button variant="secondary" className="kith-align-with-inputs" type="submit">
              Search
            </Button>
          </div>
        </div>
      </KithFormFrame>
    </search>
  );
}

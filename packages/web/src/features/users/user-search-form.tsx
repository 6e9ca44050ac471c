import { ROLE_LABELS, ROLES } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { userListHref } from './user-list-params.ts';
import type { UserListParams } from './users-queries.ts';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface UserSearchFormProps {
  initial: UserListParams;
}

/** Name/email search and role filter; submitting puts them in the query string (page 1). */
export function UserSearchForm({ initial }: UserSearchFormProps) {
  const navigate = useNavigate();
  const [q, setQ] = useState(initial.q);
  const [role, setRole] = useState<string>(initial.role);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosenRole = ROLES.find((candidate) => candidate === role) ?? '';
    navigate(userListHref({ q: q.trim(), role: chosenRole, page: 1 }));
  };

  return (
    <search>
      <form className="kith-filter-form" onSubmit={submit} noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextField
              id="q"
              label="Name or email address"
              type="search"
              value={q}
              onChange={setQ}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <SelectField id="role" label="Role" value={role} onChange={setRole} options={ROLE_OPTIONS} placeholder="Any role" />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Button variant="secondary" className="kith-align-with-inputs" type="submit">
              Search
            </Button>
          </div>
        </div>
      </form>
    </search>
  );
}

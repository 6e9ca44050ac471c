import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { ManagedServiceParams } from './directory-queries.ts';
import { managedListHref } from './managed-list-params.ts';

interface ManagedSearchFormProps {
  base: string;
  initial: ManagedServiceParams;
}

/** Name search and "stale only" / "include archived" for the curation list; kept in the address. */
export function ManagedSearchForm({ base, initial }: ManagedSearchFormProps) {
  const navigate = useNavigate();
  const [q, setQ] = useState(initial.q);
  const [flags, setFlags] = useState<string[]>([
    ...(initial.staleOnly ? ['staleOnly'] : []),
    ...(initial.includeArchived ? ['includeArchived'] : []),
  ]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(
      managedListHref(base, {
        q: q.trim(),
        staleOnly: flags.includes('staleOnly'),
        includeArchived: flags.includes('includeArchived'),
        page: 1,
      }),
    );
  };

  return (
    <search aria-label="Services">
      <form className="kith-filter-form" onSubmit={submit} noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextField id="q" label="Service or organisation name" type="search" value={q} onChange={setQ} autoComplete="off" />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <CheckboxesField
              id="show"
              legend="Show"
              values={flags}
              onChange={setFlags}
              items={[
                { value: 'staleOnly', label: 'Only services not verified recently' },
                { value: 'includeArchived', label: 'Archived services too' },
              ]}
            />
          </div>
        </div>
        <Button variant="secondary" type="submit">
          Search
        </Button>
      </form>
    </search>
  );
}

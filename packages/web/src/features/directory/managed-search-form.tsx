import { useNavigate } from 'react-router';
import type { Checked } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormCheckboxesField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import type { ManagedServiceParams } from './directory-queries.ts';
import { managedListHref } from './managed-list-params.ts';

interface ManagedSearchFormProps {
  base: string;
  initial: ManagedServiceParams;
}

interface ManagedSearchValues {
  q: string;
  /** `staleOnly` and `includeArchived`, as ticked. */
  show: string[];
}

function toParams({ q, show }: ManagedSearchValues): Checked<ManagedServiceParams> {
  return {
    ok: true,
    data: { q: q.trim(), staleOnly: show.includes('staleOnly'), includeArchived: show.includes('includeArchived'), page: 1 },
  };
}

/** Name search and "stale only" / "include archived" for the curation list; kept in the address. */
export function ManagedSearchForm({ base, initial }: ManagedSearchFormProps) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: {
      q: initial.q,
      show: [...(initial.staleOnly ? ['staleOnly'] : []), ...(initial.includeArchived ? ['includeArchived'] : [])],
    },
    toRequest: toParams,
    fieldOrder: [],
    onSubmit: async (params) => navigate(managedListHref(base, params)),
  });

  return (
    <search aria-label="Services">
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FormTextField
              control={kith.form.control}
              name="q"
              label="Service or organisation name"
              type="search"
              autoComplete="off"
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <FormCheckboxesField
              control={kith.form.control}
              name="show"
              legend="Show"
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
      </KithFormFrame>
    </search>
  );
}

import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/button.tsx';
import { FormSelectField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import {
  CASELOAD_FILTERS,
  CASELOAD_SORTS,
  type CaseloadParams,
  caseloadHref,
  FILTER_LABELS,
  readCaseloadParams,
  SORT_LABELS,
} from './caseload-params.ts';
import { useCaseload } from './caseload-queries.ts';
import { CaseloadTable } from './caseload-table.tsx';

/** `/caseload`: the signed-in link worker's open cases, sorted and filtered by the query string. */
export function CaseloadPage() {
  const [searchParams] = useSearchParams();
  const params = readCaseloadParams(searchParams);
  const { page, hrefFor } = usePageParam();
  const caseload = useCaseload(params, page);
  usePageTitle('Your caseload');

  return (
    <>
      <h1>Your caseload</h1>
      {caseload.data ? (
        <p className="nhsuk-body-l">
          {caseload.data.activeCount === 1 ? '1 active case' : `${caseload.data.activeCount} active cases`}
        </p>
      ) : null}
      <CaseloadControls key={`${params.sort}|${params.filter}`} initial={params} />
      <QueryState query={caseload} what="your caseload">
        {(data) =>
          data.items.length === 0 ? (
            params.filter === 'all' ? (
              <p className="nhsuk-body">
                You have no open cases. When a supervisor allocates a referral to you, it will appear here.
              </p>
            ) : (
              <p className="nhsuk-body">
                No cases match “{FILTER_LABELS[params.filter]}”.{' '}
                <Link to={caseloadHref({ ...params, filter: 'all' })}>Show everyone</Link>
              </p>
            )
          ) : (
            <>
              <CaseloadTable items={data.items} />
              <PaginationNav of={data} noun="cases" hrefFor={hrefFor} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function CaseloadControls({ initial }: { initial: CaseloadParams }) {
  const navigate = useNavigate();
  // Both choices come from fixed lists, so there is nothing to refuse: the address is the result.
  const kith = useKithForm({
    defaultValues: { sort: initial.sort as string, filter: initial.filter as string },
    toRequest: (values) => ({ ok: true, data: readCaseloadParams(new URLSearchParams(values)) }),
    fieldOrder: ['sort', 'filter'],
    onSubmit: async (params) => navigate(caseloadHref(params)),
  });
  const { control } = kith.form;

  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField
              control={control}
              name="sort"
              label="Sort by"
              options={CASELOAD_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }))}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField
              control={control}
              name="filter"
              label="Show"
              options={CASELOAD_FILTERS.map((value) => ({ value, label: FILTER_LABELS[value] }))}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Button variant="secondary" className="kith-align-with-inputs" type="submit">
              Apply
            </Button>
          </div>
        </div>
      </KithFormFrame>
    </search>
  );
}

import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useManagedServices } from './directory-queries.ts';
import { managedListHref, readManagedParams } from './managed-list-params.ts';
import { ManagedSearchForm } from './managed-search-form.tsx';
import { ManagedServiceTable } from './managed-service-table.tsx';
import { useServiceActions } from './use-service-actions.ts';

const BASE = '/admin/directory';

/** `/admin/directory`: every service, to check, verify, archive or restore, with links to the rest of curation. */
export function AdminDirectoryPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const params = readManagedParams(searchParams);
  const services = useManagedServices(params);
  const flash = readFlash(location.state);
  const [done, setDone] = useState<string | null>(null);
  const actions = useServiceActions(setDone);
  usePageTitle('Service directory', actions.issues.length > 0);

  return (
    <>
      <ErrorSummary issues={actions.issues} focusKey={actions.attempt} />
      <SuccessBanner message={done ?? flash?.flash} />
      <h1>Service directory</h1>
      <p className="nhsuk-body">
        The community services link workers search. Verify a service when its details have been checked; archive one that has
        stopped.
      </p>
      <ButtonLink to={`${BASE}/services/new`}>Add a service</ButtonLink>
      <ul className="nhsuk-list">
        <li>
          <Link to={`${BASE}/organizations`}>Organisations that run services</Link>
        </li>
        <li>
          <Link to={`${BASE}/taxonomy`}>Needs taxonomy</Link>
        </li>
        <li>
          <Link to={`${BASE}/import`}>Import services from an Open Referral UK feed</Link>
        </li>
      </ul>
      <ManagedSearchForm key={searchParams.toString()} base={BASE} initial={params} />
      <QueryState query={services} what="services">
        {(data) => (
          <>
            <ManagedServiceTable
              services={data.items}
              editHref={(id) => `${BASE}/services/${encodeURIComponent(id)}/edit`}
              onAction={actions.act}
              busyId={actions.busyId}
              filtered={params.q !== '' || params.staleOnly || params.includeArchived}
            />
            <PaginationNav of={data} noun="services" hrefFor={(page) => managedListHref(BASE, { ...params, page })} />
          </>
        )}
      </QueryState>
    </>
  );
}

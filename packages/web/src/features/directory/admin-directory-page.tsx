import type { ServiceSummary } from '@kith/shared';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';
import { ButtonLink } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { type ServiceAction, useServiceAction } from './directory-mutations.ts';
import { useManagedServices } from './directory-queries.ts';
import { managedListHref, readManagedParams } from './managed-list-params.ts';
import { ManagedSearchForm } from './managed-search-form.tsx';
import { ManagedServiceTable } from './managed-service-table.tsx';
import { actionDoneMessage } from './service-action-messages.ts';

const BASE = '/admin/directory';

/** `/admin/directory`: every service, to check, verify, archive or restore, with links to the rest of curation. */
export function AdminDirectoryPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const params = readManagedParams(searchParams);
  const services = useManagedServices(params);
  const action = useServiceAction();
  const flash = readFlash(location.state);
  const [done, setDone] = useState<string | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Service directory', issues.length > 0);

  const act = (service: ServiceSummary, chosen: ServiceAction) => {
    setDone(null);
    setIssues([]);
    action.mutate(
      { id: service.id, action: chosen },
      {
        onSuccess: () => setDone(actionDoneMessage(service.name, chosen)),
        onError: (error) => setIssues(issuesFromError(error)),
      },
    );
  };

  return (
    <>
      <ErrorSummary issues={issues} />
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
              onAction={act}
              busyId={action.isPending ? (action.variables?.id ?? null) : null}
              filtered={params.q !== '' || params.staleOnly || params.includeArchived}
            />
            <PaginationNav of={data} noun="services" hrefFor={(page) => managedListHref(BASE, { ...params, page })} />
          </>
        )}
      </QueryState>
    </>
  );
}

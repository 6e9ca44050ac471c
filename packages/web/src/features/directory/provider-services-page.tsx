import type { CapacityUpdate, ServiceSummary } from '@kith/shared';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';
import { ButtonLink } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { capacityUpdatedMessage } from './capacity-values.ts';
import { type ServiceAction, useServiceAction, useUpdateCapacity } from './directory-mutations.ts';
import { useManagedServices } from './directory-queries.ts';
import { managedListHref, readManagedParams } from './managed-list-params.ts';
import { capacityPath, ProviderServiceCard } from './provider-service-card.tsx';
import { actionDoneMessage } from './service-action-messages.ts';

const BASE = '/provider/services';

/** Server problems with one service's update, on that service's fields (or the whole form). */
function forService(service: ServiceSummary, issues: FormIssue[]): FormIssue[] {
  return issues.map((issue) =>
    issue.path === 'capacityStatus' || issue.path === 'typicalWaitDays'
      ? { ...issue, path: capacityPath(service.id, issue.path) }
      : issue,
  );
}

/**
 * `/provider/services`: a VCSE provider's own services, each with a one-click capacity update,
 * so link workers see who can take people now.
 */
export function ProviderServicesPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const params = { ...readManagedParams(searchParams), includeArchived: true };
  const services = useManagedServices(params);
  const capacity = useUpdateCapacity();
  const action = useServiceAction();
  const flash = readFlash(location.state);
  const [done, setDone] = useState<string | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Your services', issues.length > 0);
  const busyId = capacity.isPending ? capacity.variables?.id : action.isPending ? action.variables?.id : undefined;

  const begin = () => {
    setDone(null);
    setIssues([]);
  };
  const update = (service: ServiceSummary, change: CapacityUpdate) => {
    begin();
    capacity.mutate(
      { id: service.id, update: change },
      {
        onSuccess: () => setDone(capacityUpdatedMessage(service.name, change)),
        onError: (error) => setIssues(forService(service, issuesFromError(error))),
      },
    );
  };
  const act = (service: ServiceSummary, chosen: ServiceAction) => {
    begin();
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
      <h1>Your services</h1>
      <p className="nhsuk-body">
        Keep capacity and waiting times up to date so link workers know who can take people now. Updating capacity also confirms
        the details are correct.
      </p>
      <ButtonLink variant="secondary" to={`${BASE}/new`}>
        Add a service
      </ButtonLink>
      <QueryState query={services} what="your services">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <p className="nhsuk-body">
                You have no services in the directory yet. Add one, or ask an administrator to link your organisation's directory
                entry to your organisation in Kith.
              </p>
            ) : null}
            {data.items.map((service) => (
              <ProviderServiceCard
                key={service.id}
                service={service}
                issues={issues}
                busy={busyId === service.id}
                onUpdate={update}
                onInvalid={(_, found) => {
                  begin();
                  setIssues(found);
                }}
                onAction={act}
              />
            ))}
            {data.total > data.items.length ? (
              <PaginationNav
                of={data}
                noun="services"
                hrefFor={(page) => managedListHref(BASE, { ...params, includeArchived: false, page })}
              />
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}

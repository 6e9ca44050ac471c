import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useManagedServices } from './directory-queries.ts';
import { managedListHref, readManagedParams } from './managed-list-params.ts';
import { ProviderServiceCard } from './provider-service-card.tsx';
import { useServiceActions } from './use-service-actions.ts';

const BASE = '/provider/services';

/**
 * `/provider/services`: a VCSE provider's own services, each with a one-click capacity update,
 * so link workers see who can take people now.
 */
export function ProviderServicesPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const params = { ...readManagedParams(searchParams), includeArchived: true };
  const services = useManagedServices(params);
  const flash = readFlash(location.state);
  const [done, setDone] = useState<string | null>(null);
  const actions = useServiceActions(setDone);
  usePageTitle('Your services', actions.issues.length > 0);

  return (
    <>
      <ErrorSummary issues={actions.issues} focusKey={actions.attempt} />
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
                actionBusy={actions.busyId === service.id}
                onAction={actions.act}
                onDone={setDone}
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

import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { issuesFromError } from '../../api/form-issues.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AuditFilterForm } from './audit-filter-form.tsx';
import { auditHref, hasAnyFilter, readAuditFilters } from './audit-filters.ts';
import { useAuditEvents } from './audit-queries.ts';
import { AuditTable } from './audit-table.tsx';

/** `/admin/audit`: the audit trail, filtered by the query string, newest first. */
export function AuditPage() {
  const [searchParams] = useSearchParams();
  const filters = readAuditFilters(searchParams);
  const events = useAuditEvents(filters);
  // A bad filter (say, an actor id that is not a user id) comes back as a validation error:
  // show it against the filter field rather than as a failed page.
  const filterIssues = useMemo(
    () => (isApiError(events.error, 'validation') ? issuesFromError(events.error) : []),
    [events.error],
  );
  usePageTitle('Audit trail', filterIssues.length > 0);

  return (
    <>
      <h1>Audit trail</h1>
      <p className="nhsuk-body">
        Every change, sign-in and refused request, newest first. Nothing here can be edited or deleted.
      </p>
      <AuditFilterForm key={searchParams.toString()} initial={filters} issues={filterIssues} />
      {events.isPending ? <LoadingState what="audit events" /> : null}
      {events.isError && filterIssues.length === 0 ? (
        <ErrorState error={events.error} what="audit events" onRetry={() => void events.refetch()} />
      ) : null}
      {events.data && !events.isError ? (
        <>
          <AuditTable events={events.data.items} filtered={hasAnyFilter(filters)} />
          <PaginationNav of={events.data} noun="audit events" hrefFor={(page) => auditHref({ ...filters, page })} />
        </>
      ) : null}
    </>
  );
}

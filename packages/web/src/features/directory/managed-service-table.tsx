import type { ServiceSummary } from '@kith/shared';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { ArchivedTag, CapacityTag, StaleTag } from './capacity-tag.tsx';
import type { ServiceAction } from './directory-mutations.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface ManagedServiceTableProps {
  services: readonly ServiceSummary[];
  /** Where each service is edited. */
  editHref: (id: string) => string;
  onAction: (service: ServiceSummary, action: ServiceAction) => void;
  /** The service an action is being sent for, whose buttons wait. */
  busyId: string | null;
  filtered: boolean;
}

const ACTION_LABELS: Record<ServiceAction, string> = { verify: 'Verify', archive: 'Archive', restore: 'Restore' };

/** The curation list: each service with its capacity, when it was last checked, and what can be done to it. */
export function ManagedServiceTable({ services, editHref, onAction, busyId, filtered }: ManagedServiceTableProps) {
  const button = (service: ServiceSummary, action: ServiceAction) => (
    <Button type="button" variant="secondary" small pending={busyId === service.id} onClick={() => onAction(service, action)}>
      {ACTION_LABELS[action]}
      <span className="nhsuk-u-visually-hidden"> {service.name}</span>
    </Button>
  );

  return (
    <NhsTable
      caption="Services in the directory"
      captionStyle="visually-hidden"
      columns={['Service', 'Organisation', 'Capacity', 'Last verified', 'Actions']}
      rows={services}
      rowKey={(service) => service.id}
      emptyMessage={filtered ? 'No services match this search.' : 'There are no services in the directory yet.'}
      renderRow={(service) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            <Link to={`/directory/services/${encodeURIComponent(service.id)}`}>{service.name}</Link>{' '}
            <ArchivedTag archived={service.archived} />
          </th>
          <td className="nhsuk-table__cell">{service.organisationName}</td>
          <td className="nhsuk-table__cell">
            <CapacityTag status={service.capacityStatus} />
          </td>
          <td className="nhsuk-table__cell">
            {service.lastVerifiedAt ? formatCalendarDate(service.lastVerifiedAt) : 'Never'}{' '}
            <StaleTag stale={service.stale} lastVerifiedAt={service.lastVerifiedAt} />
          </td>
          <td className="nhsuk-table__cell">
            <div className="kith-row-actions">
              {service.archived ? button(service, 'restore') : button(service, 'verify')}
              {service.archived ? null : button(service, 'archive')}
              <Link to={editHref(service.id)}>
                Edit<span className="nhsuk-u-visually-hidden"> {service.name}</span>
              </Link>
            </div>
          </td>
        </>
      )}
    />
  );
}

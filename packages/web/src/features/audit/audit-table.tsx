import { type AuditEvent, ROLE_LABELS } from '@kith/shared';
import { NhsTable } from '../../components/nhs-table.tsx';
import { AUDIT_ACTION_LABELS, formatAuditTime } from './audit-labels.ts';

interface AuditTableProps {
  events: readonly AuditEvent[];
  filtered: boolean;
}

function actorOf(event: AuditEvent): string {
  if (event.actorEmail) return event.actorEmail;
  if (event.actorUserId) return event.actorUserId;
  return 'Not signed in';
}

const NONE = <span className="nhsuk-u-secondary-text-colour">None</span>;

/** One row per audit event. Ids are long, so the table scrolls sideways inside a focusable region. */
export function AuditTable({ events, filtered }: AuditTableProps) {
  if (events.length === 0) {
    return <p className="nhsuk-body">{filtered ? 'No audit events match these filters.' : 'There are no audit events yet.'}</p>;
  }

  return (
    <NhsTable
      caption="Audit events, newest first"
      captionStyle="visually-hidden"
      columns={['Time', 'Who', 'Role', 'Action', 'Record type', 'Record ID', 'Request ID']}
      rows={events}
      rowKey={(event) => event.id}
      renderRow={(event) => (
        <>
          <td className="nhsuk-table__cell kith-nowrap">
            <time dateTime={event.occurredAt}>{formatAuditTime(event.occurredAt)}</time>
          </td>
          <td className="nhsuk-table__cell kith-break-anywhere">{actorOf(event)}</td>
          <td className="nhsuk-table__cell">{event.actorRole ? ROLE_LABELS[event.actorRole] : NONE}</td>
          <td className="nhsuk-table__cell">{AUDIT_ACTION_LABELS[event.action]}</td>
          <td className="nhsuk-table__cell">{event.recordType}</td>
          <td className="nhsuk-table__cell kith-id">{event.recordId ?? NONE}</td>
          <td className="nhsuk-table__cell kith-id">{event.requestId ?? NONE}</td>
        </>
      )}
    />
  );
}

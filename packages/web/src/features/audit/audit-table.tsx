import { type AuditEvent, ROLE_LABELS } from '@kith/shared';
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
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1)
    <section className="kith-table-scroll" aria-label="Audit events" tabIndex={0}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit events, newest first</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Time
            </th>
            <th className="nhsuk-table__header" scope="col">
              Who
            </th>
            <th className="nhsuk-table__header" scope="col">
              Role
            </th>
            <th className="nhsuk-table__header" scope="col">
              Action
            </th>
            <th className="nhsuk-table__header" scope="col">
              Record type
            </th>
            <th className="nhsuk-table__header" scope="col">
              Record ID
            </th>
            <th className="nhsuk-table__header" scope="col">
              Request ID
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {events.map((event) => (
            <tr className="nhsuk-table__row" key={event.id}>
              <td className="nhsuk-table__cell kith-nowrap">
                <time dateTime={event.occurredAt}>{formatAuditTime(event.occurredAt)}</time>
              </td>
              <td className="nhsuk-table__cell kith-break-anywhere">{actorOf(event)}</td>
              <td className="nhsuk-table__cell">{event.actorRole ? ROLE_LABELS[event.actorRole] : NONE}</td>
              <td className="nhsuk-table__cell">{AUDIT_ACTION_LABELS[event.action]}</td>
              <td className="nhsuk-table__cell">{event.recordType}</td>
              <td className="nhsuk-table__cell kith-id">{event.recordId ?? NONE}</td>
              <td className="nhsuk-table__cell kith-id">{event.requestId ?? NONE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { type OnwardReferralEvent, TASK_STATUS_LABELS } from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { EVENT_SIDE_LABELS, newestFirst } from './task-labels.ts';
import { BusinessStatusText } from './task-status-tag.tsx';

const NONE = <span className="nhsuk-u-secondary-text-colour">None</span>;

/** Every change to an onward referral, newest first: when, what, who (and which side), and why. */
export function OnwardReferralHistory({ events }: { events: readonly OnwardReferralEvent[] }) {
  return (
    <NhsTable
      caption="History"
      captionStyle="medium"
      columns={['When', 'Status', 'Progress', 'By', 'Reason', 'Note']}
      rows={newestFirst(events)}
      rowKey={(event) => event.id}
      emptyMessage="Nothing has happened yet."
      renderRow={(event) => (
        <>
          <td className="nhsuk-table__cell">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </td>
          <td className="nhsuk-table__cell">
            {event.fromStatus === event.toStatus ? 'No change' : TASK_STATUS_LABELS[event.toStatus]}
          </td>
          <td className="nhsuk-table__cell">
            <BusinessStatusText value={event.businessStatus} />
          </td>
          <td className="nhsuk-table__cell">
            {EVENT_SIDE_LABELS[event.side]}
            {event.actorName ? `: ${event.actorName}` : ''}
          </td>
          <td className="nhsuk-table__cell kith-pre-line">{event.reason ?? NONE}</td>
          <td className="nhsuk-table__cell kith-pre-line">{event.note ?? NONE}</td>
        </>
      )}
    />
  );
}

import { type ConcernEvent, SAFEGUARDING_STATUS_LABELS } from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';

const NONE = <span className="nhsuk-u-secondary-text-colour">None</span>;

/** Every step of a concern: when, from, to, who and their note. */
export function ConcernHistory({ events }: { events: readonly ConcernEvent[] }) {
  return (
    <NhsTable
      caption="History"
      captionStyle="medium"
      columns={['When', 'From', 'To', 'By', 'Note']}
      rows={events}
      rowKey={(event) => `${event.at}:${event.to}`}
      renderRow={(event) => (
        <>
          <td className="nhsuk-table__cell">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </td>
          <td className="nhsuk-table__cell">{event.from ? SAFEGUARDING_STATUS_LABELS[event.from] : NONE}</td>
          <td className="nhsuk-table__cell">{SAFEGUARDING_STATUS_LABELS[event.to]}</td>
          <td className="nhsuk-table__cell">{event.actorName ?? NONE}</td>
          <td className="nhsuk-table__cell">{event.note ?? NONE}</td>
        </>
      )}
    />
  );
}

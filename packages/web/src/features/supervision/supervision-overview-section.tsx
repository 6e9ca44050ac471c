import { SUPERVISION_TYPE_LABELS, SUPERVISION_TYPES } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useSupervisionOverview } from './supervision-queries.ts';
import { SupervisionStatusTag } from './supervision-status-tag.tsx';

/** One PCN's link workers for those who oversee supervision: last sessions, due and overdue, and the ratio. */
export function SupervisionOverviewSection({ pcnId }: { pcnId: string }) {
  const overview = useSupervisionOverview(pcnId);
  const headingId = `overview-${pcnId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Team supervision{overview.data ? `: ${overview.data.pcnName}` : ''}</h2>
      <QueryState query={overview} what="the team overview">
        {(data) => (
          <>
            <p className="nhsuk-body">
              Supervisors to link workers: <strong>{data.ratio}</strong> ({data.supervisorCount} supervisors,{' '}
              {data.linkWorkerCount} link workers). Supervision is due after {data.dueAfterWeeks} weeks and overdue after{' '}
              {data.overdueAfterWeeks}.
            </p>
            <NhsTable
              caption={`Link workers' supervision in ${data.pcnName}`}
              captionStyle="visually-hidden"
              columns={[
                'Link worker',
                'Status',
                'Days since last session',
                ...SUPERVISION_TYPES.map((t) => SUPERVISION_TYPE_LABELS[t]),
              ]}
              rows={data.workers}
              rowKey={(row) => row.userId}
              emptyMessage="No link workers work in this PCN."
              renderRow={(row) => (
                <>
                  <th className="nhsuk-table__header" scope="row">
                    {row.name}
                  </th>
                  <td className="nhsuk-table__cell">
                    <SupervisionStatusTag status={row.status} />
                  </td>
                  <td className="nhsuk-table__cell">{row.daysSince === null ? 'Never supervised' : row.daysSince}</td>
                  {SUPERVISION_TYPES.map((type) => (
                    <td className="nhsuk-table__cell" key={type}>
                      {row.lastByType[type] ? formatCalendarDate(row.lastByType[type]) : 'Never'}
                    </td>
                  ))}
                </>
              )}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

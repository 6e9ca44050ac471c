import { roleGrants, SUPERVISION_TYPE_LABELS } from '@kith/shared';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { readFlash } from '../../components/flash-state.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { SupervisionOverviewSection } from './supervision-overview-section.tsx';
import { useSupervisionSessions } from './supervision-queries.ts';

/** `/supervision`: sessions I can see, and for supervisors and PCN managers the team overview. */
export function SupervisionPage() {
  usePageTitle('Supervision');
  const me = useMe();
  const flash = readFlash(useLocation().state);
  const { page, hrefFor } = usePageParam();
  const sessions = useSupervisionSessions({ page });
  const memberships = me.data?.memberships ?? [];
  const overseenPcns = [
    ...new Set(
      memberships
        .filter((m) => m.organisationKind === 'pcn' && roleGrants(m.role, 'supervision:oversee'))
        .map((m) => m.organisationId),
    ),
  ];
  const canRecord = can(me.data, 'supervision:record');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Supervision</h1>
        <SuccessBanner message={flash?.flash} />
        {canRecord ? <ButtonLink to="/supervision/new">Record a supervision session</ButtonLink> : null}
        <h2>Sessions</h2>
        <QueryState query={sessions} what="supervision sessions">
          {(data) => (
            <>
              <NhsTable
                caption="Supervision sessions, newest first"
                captionStyle="visually-hidden"
                columns={['Date', 'Type', 'Supervisor', 'Supervisee', 'Other attendees']}
                rows={data.items}
                rowKey={(s) => s.id}
                emptyMessage="No supervision sessions recorded yet."
                renderRow={(s) => (
                  <>
                    <th className="nhsuk-table__header" scope="row">
                      <Link to={`/supervision/${s.id}`}>{formatCalendarDate(s.heldOn)}</Link>
                    </th>
                    <td className="nhsuk-table__cell">{SUPERVISION_TYPE_LABELS[s.type]}</td>
                    <td className="nhsuk-table__cell">{s.supervisorName}</td>
                    <td className="nhsuk-table__cell">{s.superviseeName}</td>
                    <td className="nhsuk-table__cell">{s.otherAttendees.join(', ') || 'None'}</td>
                  </>
                )}
              />
              <PaginationNav of={data} noun="sessions" hrefFor={hrefFor} />
            </>
          )}
        </QueryState>
        {overseenPcns.map((pcnId) => (
          <SupervisionOverviewSection key={pcnId} pcnId={pcnId} />
        ))}
      </div>
    </div>
  );
}

import { roleGrants } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMe } from '../session/session-queries.ts';
import { useLearningTeam } from './learning-queries.ts';

function TeamTable({ pcnId }: { pcnId: string }) {
  const team = useLearningTeam(pcnId);
  if (team.isPending) return <LoadingState what="the team's learning" />;
  if (team.isError) return <ErrorState error={team.error} what="the team's learning" onRetry={() => void team.refetch()} />;
  return (
    <NhsTable
      caption={`Link workers in ${team.data.pcnName}`}
      captionStyle="medium"
      columns={['Link worker', 'Courses due', 'Courses overdue', 'Last self-assessment']}
      rows={team.data.workers}
      rowKey={(w) => w.userId}
      emptyMessage="No link workers work in this PCN."
      renderRow={(w) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {w.name}
          </th>
          <td className="nhsuk-table__cell">{w.dueCount}</td>
          <td className="nhsuk-table__cell">{w.overdueCount}</td>
          <td className="nhsuk-table__cell">{w.lastSelfAssessmentOn ? formatCalendarDate(w.lastSelfAssessmentOn) : 'Never'}</td>
        </>
      )}
    />
  );
}

/** `/learning/team`: per link worker in my PCNs, courses due and overdue and the last self-assessment. */
export function LearningTeamPage() {
  usePageTitle('Team learning');
  const me = useMe();
  const pcnIds = [
    ...new Set(
      (me.data?.memberships ?? [])
        .filter((m) => m.organisationKind === 'pcn' && roleGrants(m.role, 'learning:oversee'))
        .map((m) => m.organisationId),
    ),
  ];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Team learning</h1>
        {pcnIds.length === 0 ? <p className="nhsuk-body">You do not oversee learning in a PCN.</p> : null}
        {pcnIds.map((pcnId) => (
          <TeamTable key={pcnId} pcnId={pcnId} />
        ))}
      </div>
    </div>
  );
}

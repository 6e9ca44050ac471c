import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PersonLettersSection } from '../letters/person-letters-section.tsx';
import { PersonOnwardReferralsSection } from '../onward-referrals/person-onward-referrals-section.tsx';
import { PersonMessagesSection } from '../person-messages/person-messages-section.tsx';
import { personName } from '../referrals/referral-labels.ts';
import { PersonConcernsSection } from '../safeguarding/person-concerns-section.tsx';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { usePerson, usePersonTimeline } from './people-queries.ts';
import { PersonDetails } from './person-details.tsx';
import { PersonHistorySection } from './person-history-section.tsx';
import { TimelineList } from './timeline-list.tsx';

/** `/people/:id`: who the person is and everything that has happened with them, newest first. */
export function PersonPage() {
  const { id = '' } = useParams();
  // A confirmation from the page that sent the user here (e.g. "Unmet need recorded").
  const flash = readFlash(useLocation().state);
  const person = usePerson(id);
  const timelinePage = usePageParam('timelinePage');
  const timeline = usePersonTimeline(id, timelinePage.page);
  const mayEdit = can(useMe().data, 'people:write');
  const notFound = isApiError(person.error, 'not_found', 'validation');
  usePageTitle(person.data ? personName(person.data) : notFound ? 'Person not found' : 'Person');

  if (!person.data) {
    return (
      <>
        <h1>{notFound ? 'Person not found' : 'Person'}</h1>
        {person.isError ? (
          <ErrorState error={person.error} what="the person" onRetry={() => void person.refetch()} />
        ) : (
          <LoadingState what="the person" />
        )}
      </>
    );
  }

  const p = person.data;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
        <h1>
          <span className="nhsuk-caption-l">
            Person<span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {personName(p)}
        </h1>
        <PersonDetails person={p} />
        {mayEdit ? (
          <p className="nhsuk-body">
            <Link to={`/people/${encodeURIComponent(p.id)}/edit`}>
              Edit details<span className="nhsuk-u-visually-hidden"> of {personName(p)}</span>
            </Link>
          </p>
        ) : null}
        <PersonOnwardReferralsSection personId={p.id} />
        <PersonConcernsSection personId={p.id} />
        <PersonLettersSection personId={p.id} />
        <PersonMessagesSection personId={p.id} mayWrite={mayEdit} />
        <h2>Timeline</h2>
        <QueryState query={timeline} what="the timeline">
          {(data) => (
            <>
              <TimelineList entries={data.items} />
              <PaginationNav of={data} noun="timeline entries" hrefFor={timelinePage.hrefFor} />
            </>
          )}
        </QueryState>
        <PersonHistorySection personId={p.id} />
      </div>
    </div>
  );
}

import { formatNhsNumber, type Person } from '@kith/shared';
import { useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PersonOnwardReferralsSection } from '../onward-referrals/person-onward-referrals-section.tsx';
import { personName } from '../referrals/referral-labels.ts';
import { PersonConcernsSection } from '../safeguarding/person-concerns-section.tsx';
import { usePerson, usePersonTimeline } from './people-queries.ts';
import { TimelineList } from './timeline-list.tsx';

const none = (text = 'Not known') => <span className="nhsuk-u-secondary-text-colour">{text}</span>;

function address(person: Person): string {
  return [person.addressLine1, person.addressLine2, person.town, person.postcode].filter(Boolean).join(', ');
}

/** `/people/:id`: who the person is and everything that has happened with them, newest first. */
export function PersonPage() {
  const { id = '' } = useParams();
  // A confirmation from the page that sent the user here (e.g. "Unmet need recorded").
  const flash = readFlash(useLocation().state);
  const person = usePerson(id);
  const timelinePage = usePageParam('timelinePage');
  const timeline = usePersonTimeline(id, timelinePage.page);
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
        <SummaryList
          rows={[
            { key: 'NHS number', value: p.nhsNumber ? formatNhsNumber(p.nhsNumber) : none() },
            { key: 'Date of birth', value: p.dateOfBirth ? formatCalendarDate(p.dateOfBirth) : none() },
            { key: 'Address', value: address(p) || none() },
            { key: 'Phone', value: p.phone ?? none() },
            { key: 'Email', value: p.email ?? none() },
            { key: 'Interpreter', value: p.interpreterNeeded ? `Needed${p.language ? ` (${p.language})` : ''}` : 'Not needed' },
          ]}
        />
        <PersonOnwardReferralsSection personId={p.id} />
        <PersonConcernsSection personId={p.id} />
        <h2>Timeline</h2>
        <QueryState query={timeline} what="the timeline">
          {(data) => (
            <>
              <TimelineList entries={data.items} />
              <PaginationNav of={data} noun="timeline entries" hrefFor={timelinePage.hrefFor} />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}

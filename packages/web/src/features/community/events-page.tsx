import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCommunityMe } from './community-me-queries.ts';
import { type EventsWhen, useEvents } from './event-queries.ts';
import { EventSummaryList } from './event-summary-list.tsx';

function hrefFor(when: EventsWhen, page = 1): string {
  const search = new URLSearchParams();
  if (when === 'past') search.set('when', 'past');
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/community/events?${query}` : '/community/events';
}

/** `/community/events`: webinars and network meetings, upcoming (soonest first) or past. Open to visitors. */
export function EventsPage() {
  const [searchParams] = useSearchParams();
  const when: EventsWhen = searchParams.get('when') === 'past' ? 'past' : 'upcoming';
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const me = useCommunityMe();
  const events = useEvents(when, page);
  usePageTitle(when === 'past' ? 'Past events' : 'Webinars and network meetings');

  return (
    <>
      <Link className="nhsuk-back-link" to="/community">
        Community
      </Link>
      <h1>{when === 'past' ? 'Past events' : 'Webinars and network meetings'}</h1>
      <p className="nhsuk-body">
        Fortnightly webinars on safeguarding, care and support planning and building links with community organisations, and
        in-person network meetings. Times are UK time.
      </p>
      <div className="kith-inline-actions">
        {me.data?.isEditor ? (
          <ButtonLink className="nhsuk-u-margin-bottom-0" to="/community/events/new">
            Create an event
          </ButtonLink>
        ) : null}
        <Link className="nhsuk-body nhsuk-u-margin-bottom-0" to={hrefFor(when === 'past' ? 'upcoming' : 'past')}>
          {when === 'past' ? 'Show upcoming events' : 'Show past events'}
        </Link>
      </div>
      <QueryState query={events} what="events">
        {(data) => (
          <>
            <EventSummaryList
              events={data.items}
              emptyText={when === 'past' ? 'No events have happened yet.' : 'No events are planned at the moment.'}
            />
            <PaginationNav of={data} noun="events" hrefFor={(next) => hrefFor(when, next)} />
          </>
        )}
      </QueryState>
    </>
  );
}

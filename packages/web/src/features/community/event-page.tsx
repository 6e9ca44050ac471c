import { COMMUNITY_EVENT_KIND_LABELS, type CommunityEventDetail, type CommunityMe, isHttpUrl } from '@kith/shared';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCommunityMe } from './community-me-queries.ts';
import { EventEditorTools } from './event-editor-tools.tsx';
import { useEvent } from './event-queries.ts';
import { EventRsvpPanel } from './event-rsvp-panel.tsx';
import { describePlaces } from './rsvp-labels.ts';

function joiningRow(event: CommunityEventDetail, me: CommunityMe | undefined): SummaryRow | null {
  if (!event.hasOnlineLink) return null;
  if (event.onlineUrl && isHttpUrl(event.onlineUrl)) {
    return {
      key: 'Join online',
      value: (
        <a href={event.onlineUrl} rel="noopener noreferrer">
          {event.onlineUrl}
        </a>
      ),
    };
  }
  return { key: 'Join online', value: me?.signedIn ? 'The joining link is for members.' : 'Members see the joining link here.' };
}

function detailRows(event: CommunityEventDetail, me: CommunityMe | undefined): SummaryRow[] {
  const rows: (SummaryRow | null)[] = [
    { key: 'What', value: COMMUNITY_EVENT_KIND_LABELS[event.kind] },
    { key: 'When', value: event.whenText },
    event.place ? { key: 'Where', value: event.place } : null,
    joiningRow(event, me),
    event.audience ? { key: 'For', value: event.audience } : null,
    { key: 'Places', value: describePlaces(event) },
    {
      key: 'Replies',
      value: `${event.attendingCount} going, ${event.maybeCount} maybe${event.waitingCount ? `, ${event.waitingCount} waiting` : ''}`,
    },
  ];
  return rows.filter((row): row is SummaryRow => row !== null);
}

/**
 * `/community/events/:id`: an event with when and where (UK time), places left, the member's
 * reply and waiting-list place, and the calendar download. Open to visitors; the joining link is for members.
 */
export function EventPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useCommunityMe();
  const event = useEvent(id);
  const flash = readFlash(location.state);
  usePageTitle(event.data?.title ?? 'Event');

  if (event.isPending) return <LoadingState what="the event" />;
  if (event.isError) {
    return (
      <>
        <h1>Event</h1>
        <ErrorState error={event.error} what="the event" onRetry={() => void event.refetch()} />
        <p className="nhsuk-body">
          <Link to="/community/events">All events</Link>
        </p>
      </>
    );
  }
  const data = event.data;

  return (
    <>
      <Link className="nhsuk-back-link" to="/community/events">
        Events
      </Link>
      <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
      <h1>{data.title}</h1>
      {data.status === 'cancelled' ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Cancelled
          </h2>
          <p>This event has been cancelled.</p>
        </div>
      ) : null}
      {data.invited && data.status !== 'cancelled' ? <p className="nhsuk-body">You have been invited to this event.</p> : null}
      <SummaryList rows={detailRows(data, me.data)} />
      {data.description ? <p className="nhsuk-body kith-plain-text">{data.description}</p> : null}
      {data.status !== 'cancelled' ? (
        <p className="nhsuk-body">
          <a href={data.icsUrl} download>
            Add to calendar (.ics)
          </a>
        </p>
      ) : null}
      <EventRsvpPanel key={data.id} event={data} me={me.data} />
      {me.data?.isEditor ? <EventEditorTools event={data} /> : null}
    </>
  );
}

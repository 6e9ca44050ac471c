import { COMMUNITY_EVENT_KIND_LABELS, type CommunityEventSummary } from '@kith/shared';
import { Link } from 'react-router';
import { describePlaces, RSVP_STATUS_TAGS } from './rsvp-labels.ts';

interface EventSummaryListProps {
  events: readonly CommunityEventSummary[];
  headingLevel?: 2 | 3;
  emptyText: string;
}

/** Where an event happens, in words. */
export function eventWhere(event: Pick<CommunityEventSummary, 'place' | 'hasOnlineLink'>): string {
  if (event.place && event.hasOnlineLink) return `${event.place}, or online`;
  return event.place ?? (event.hasOnlineLink ? 'Online' : 'To be confirmed');
}

/** Events as cards: title, when (UK time), where, places left and the reader's own reply. */
export function EventSummaryList({ events, headingLevel = 2, emptyText }: EventSummaryListProps) {
  if (events.length === 0) return <p className="nhsuk-body">{emptyText}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="nhsuk-list">
      {events.map((event) => (
        <li key={event.id} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <Heading className="nhsuk-card__heading nhsuk-heading-m">
              <Link to={`/community/events/${event.id}`}>{event.title}</Link>
            </Heading>
            <p className="nhsuk-body-s kith-comment__meta">
              {COMMUNITY_EVENT_KIND_LABELS[event.kind]} · {event.whenText}
            </p>
            <p className="nhsuk-body-s">
              {eventWhere(event)} · {event.status === 'cancelled' ? 'Cancelled' : describePlaces(event)}
            </p>
            {event.status === 'cancelled' ? <strong className="nhsuk-tag nhsuk-tag--red">Cancelled</strong> : null}
            {event.myRsvp && event.status !== 'cancelled' ? (
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                Your reply:{' '}
                <strong className={RSVP_STATUS_TAGS[event.myRsvp.status].className}>
                  {RSVP_STATUS_TAGS[event.myRsvp.status].label}
                </strong>
              </p>
            ) : event.invited && event.status !== 'cancelled' ? (
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                <strong className="nhsuk-tag nhsuk-tag--purple">Invited</strong>
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

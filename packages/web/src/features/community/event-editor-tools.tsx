import type { CommunityEventDetail } from '@kith/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { useAttendees, useCancelEvent } from './event-queries.ts';
import { RSVP_STATUS_TAGS } from './rsvp-labels.ts';
import { useCommunityAction } from './use-community-form.ts';

/** Cancelling takes two presses: the first explains what happens, the second cancels. */
function CancelEvent({ event }: { event: CommunityEventDetail }) {
  const cancel = useCancelEvent(event.id);
  const kith = useCommunityAction(() => cancel.mutateAsync());
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="warning" type="button" onClick={() => setConfirming(true)}>
        Cancel this event
      </Button>
    );
  }
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Cancel “{event.title}”?
      </h3>
      <KithFormFrame kith={kith}>
        <p>Everyone who replied yes or maybe, or is on the waiting list, will be emailed. This cannot be undone.</p>
        <div className="nhsuk-button-group">
          <Button variant="warning" type="submit" pending={kith.pending} pendingLabel="Cancelling…">
            Yes, cancel the event
          </Button>
          <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
            No, keep it
          </Button>
        </div>
      </KithFormFrame>
    </div>
  );
}

/** For editors: change, invite, cancel, and who has replied (attending, the waiting list in order, maybe, no). */
export function EventEditorTools({ event }: { event: CommunityEventDetail }) {
  const repliesPage = usePageParam('repliesPage');
  const attendees = useAttendees(event.id, true, repliesPage.page);
  const open = event.status === 'scheduled' && Date.parse(event.endsAt) > Date.now();

  return (
    <section aria-labelledby="editor-heading">
      <h2 id="editor-heading">For editors</h2>
      {open ? (
        <>
          <div className="kith-inline-actions">
            <Link to={`/community/events/${event.id}/edit`}>Change this event</Link>
            <Link to={`/community/events/${event.id}/invite`}>Invite people</Link>
          </div>
          <CancelEvent event={event} />
        </>
      ) : null}
      <QueryState query={attendees} what="replies">
        {(data) => (
          <>
            <NhsTable
              caption="Replies"
              captionStyle="medium"
              columns={['Name', 'Reply', 'Replied']}
              rows={data.items}
              rowKey={(person) => person.userId}
              emptyMessage="Nobody has replied yet."
              renderRow={(person) => (
                <>
                  <th className="nhsuk-table__header" scope="row">
                    {person.displayName}
                  </th>
                  <td className="nhsuk-table__cell">
                    <strong className={RSVP_STATUS_TAGS[person.status].className}>{RSVP_STATUS_TAGS[person.status].label}</strong>
                    {person.waitingPosition ? ` number ${person.waitingPosition}` : ''}
                  </td>
                  <td className="nhsuk-table__cell">{formatDateTime(person.respondedAt)}</td>
                </>
              )}
            />
            <PaginationNav of={data} noun="replies" hrefFor={repliesPage.hrefFor} />
          </>
        )}
      </QueryState>
    </section>
  );
}

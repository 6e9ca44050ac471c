import { SUPERVISION_TYPE_LABELS } from '@kith/shared';
import { useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { readFlash } from '../../components/flash-state.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMe } from '../session/session-queries.ts';
import { SessionNotesSection } from './session-notes-section.tsx';
import { useSupervisionSession } from './supervision-queries.ts';
import './supervision.css';

/** `/supervision/:id`: one session; its notes for the two parties, a clear refusal for anyone else. */
export function SessionPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const flash = readFlash(useLocation().state);
  const session = useSupervisionSession(id);
  usePageTitle('Supervision session');
  const data = session.data;
  const otherParty = data && me.data?.user.id === data.supervisorUserId ? data.superviseeName : data?.supervisorName;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/supervision">Back to supervision</BackLink>
        <h1>Supervision session</h1>
        <SuccessBanner message={flash?.flash} />
        <QueryState query={session} what="the session">
          {(details) => (
            <>
              <SummaryList
                rows={[
                  { key: 'Type', value: SUPERVISION_TYPE_LABELS[details.type] },
                  { key: 'Date', value: formatCalendarDate(details.heldOn) },
                  { key: 'PCN', value: details.pcnName },
                  { key: 'Supervisor', value: details.supervisorName },
                  { key: 'Supervisee', value: details.superviseeName },
                  { key: 'Other attendees', value: details.otherAttendees.join(', ') || 'None' },
                ]}
              />
              {details.canReadNotes && details.privateNotes !== null ? (
                <SessionNotesSection
                  key={details.privateNotes}
                  sessionId={details.id}
                  notes={details.privateNotes}
                  otherPartyName={otherParty ?? 'the other person in the session'}
                />
              ) : (
                <section aria-labelledby="notes-heading">
                  <h2 id="notes-heading">Private notes</h2>
                  <div className="nhsuk-inset-text">
                    <p className="nhsuk-body">These notes are private to the two people in the session.</p>
                  </div>
                </section>
              )}
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}

import {
  COMMUNITY_RSVP_RESPONSES,
  type CommunityEventDetail,
  type CommunityMe,
  CommunityRsvpRequest,
  RSVP_NEEDS_MEMBER_MESSAGE,
} from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { communityIssues } from './community-issues.ts';
import { useRsvp } from './event-queries.ts';
import { MemberPrompt } from './member-prompt.tsx';
import { describeMyRsvp, RSVP_RESPONSE_LABELS, responseFor } from './rsvp-labels.ts';

const ITEMS = COMMUNITY_RSVP_RESPONSES.map((response) => ({ value: response, label: RSVP_RESPONSE_LABELS[response] }));

/** "Will you go?": yes, no or maybe, with where the member stands (going, or on the waiting list and where). */
export function EventRsvpPanel({ event, me }: { event: CommunityEventDetail; me: CommunityMe | undefined }) {
  const rsvp = useRsvp(event.id);
  const [response, setResponse] = useState<string>(responseFor(event.myRsvp));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const standing = describeMyRsvp(event.myRsvp);
  const over = Date.parse(event.endsAt) <= Date.now();

  if (event.status === 'cancelled' || over) {
    return standing ? <p className="nhsuk-body">{standing}</p> : null;
  }

  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const checked = validateWith(CommunityRsvpRequest, { response: response || undefined });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    rsvp.mutate(checked.data.response, { onError: (error) => setIssues(communityIssues(error)) });
  };

  return (
    <section aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Will you go?</h2>
      {me?.isMember ? (
        <>
          <ErrorSummary issues={issues} linkablePaths={['response']} />
          <div role="status">
            {standing ? (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Your reply: </span>
                <p>{standing}</p>
              </div>
            ) : null}
          </div>
          <form onSubmit={submit} noValidate>
            <RadiosField
              id="response"
              legend="Your reply"
              hint={event.placesLeft === 0 ? 'The event is full: if you reply yes, you join the waiting list.' : undefined}
              value={response}
              onChange={setResponse}
              items={ITEMS}
              error={messageFor(issues, 'response')}
            />
            <Button type="submit" pending={rsvp.isPending} pendingLabel="Sending…">
              {event.myRsvp ? 'Change my reply' : 'Send my reply'}
            </Button>
          </form>
        </>
      ) : (
        <MemberPrompt message={RSVP_NEEDS_MEMBER_MESSAGE} me={me} />
      )}
    </section>
  );
}

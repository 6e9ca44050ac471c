import {
  COMMUNITY_RSVP_RESPONSES,
  type CommunityEventDetail,
  type CommunityMe,
  CommunityRsvpRequest,
  RSVP_NEEDS_MEMBER_MESSAGE,
} from '@kith/shared';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormRadiosField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { communityIssues } from './community-issues.ts';
import { useRsvp } from './event-queries.ts';
import { MemberPrompt } from './member-prompt.tsx';
import { describeMyRsvp, RSVP_RESPONSE_LABELS, responseFor } from './rsvp-labels.ts';

const ITEMS = COMMUNITY_RSVP_RESPONSES.map((response) => ({ value: response, label: RSVP_RESPONSE_LABELS[response] }));

/** "Will you go?": yes, no or maybe, with where the member stands (going, or on the waiting list and where). */
export function EventRsvpPanel({ event, me }: { event: CommunityEventDetail; me: CommunityMe | undefined }) {
  const rsvp = useRsvp(event.id);
  const kith = useKithForm({
    defaultValues: { response: responseFor(event.myRsvp) as string },
    fieldOrder: ['response'],
    toRequest: ({ response }) => validateWith(CommunityRsvpRequest, { response: response || undefined }),
    issuesFor: communityIssues,
    onSubmit: (request) => rsvp.mutateAsync(request.response),
  });
  const standing = describeMyRsvp(event.myRsvp);
  const over = Date.parse(event.endsAt) <= Date.now();

  if (event.status === 'cancelled' || over) {
    return standing ? <p className="nhsuk-body">{standing}</p> : null;
  }

  return (
    <section aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Will you go?</h2>
      {me?.isMember ? (
        <KithFormFrame kith={kith} linkablePaths={['response']}>
          <div role="status">
            {standing ? (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Your reply: </span>
                <p>{standing}</p>
              </div>
            ) : null}
          </div>
          <FormRadiosField
            control={kith.form.control}
            name="response"
            legend="Your reply"
            hint={event.placesLeft === 0 ? 'The event is full: if you reply yes, you join the waiting list.' : undefined}
            items={ITEMS}
          />
          <Button type="submit" pending={kith.pending} pendingLabel="Sending…">
            {event.myRsvp ? 'Change my reply' : 'Send my reply'}
          </Button>
        </KithFormFrame>
      ) : (
        <MemberPrompt message={RSVP_NEEDS_MEMBER_MESSAGE} me={me} />
      )}
    </section>
  );
}

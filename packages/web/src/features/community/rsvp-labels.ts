import type { CommunityEventSummary, CommunityMyRsvp, CommunityRsvpResponse, CommunityRsvpStatus } from '@kith/shared';

/** The RSVP choices as words for screens. */
export const RSVP_RESPONSE_LABELS: Record<CommunityRsvpResponse, string> = {
  yes: 'Yes, I will go',
  no: 'No, I cannot go',
  maybe: 'Maybe',
};

/** Where the reader stands, as a tag on event lists (words, never colour alone). */
export const RSVP_STATUS_TAGS: Record<CommunityRsvpStatus, { label: string; className: string }> = {
  attending: { label: 'Going', className: 'nhsuk-tag nhsuk-tag--green' },
  waitlisted: { label: 'Waiting list', className: 'nhsuk-tag nhsuk-tag--yellow' },
  maybe: { label: 'Maybe', className: 'nhsuk-tag nhsuk-tag--blue' },
  declined: { label: 'Not going', className: 'nhsuk-tag nhsuk-tag--grey' },
};

/** The reader's reply in a sentence, or null when they have not replied. */
export function describeMyRsvp(rsvp: CommunityMyRsvp | null): string | null {
  if (!rsvp) return null;
  switch (rsvp.status) {
    case 'attending':
      return 'You are going.';
    case 'waitlisted':
      return rsvp.waitingPosition
        ? `The event is full, so you are on the waiting list (number ${rsvp.waitingPosition}). We will email you if a place comes up.`
        : 'The event is full, so you are on the waiting list. We will email you if a place comes up.';
    case 'maybe':
      return 'You said you might go.';
    case 'declined':
      return 'You said you cannot go.';
  }
}

/** The choice to show as selected for the reader's current reply (a "yes" on the waiting list is still "yes"). */
export function responseFor(rsvp: CommunityMyRsvp | null): CommunityRsvpResponse | '' {
  if (!rsvp) return '';
  if (rsvp.status === 'attending' || rsvp.status === 'waitlisted') return 'yes';
  return rsvp.status === 'maybe' ? 'maybe' : 'no';
}

/** Places as words: "12 of 20 places left", "Full: 3 on the waiting list", "No limit on places". */
export function describePlaces(event: Pick<CommunityEventSummary, 'capacity' | 'placesLeft' | 'waitingCount'>): string {
  if (event.capacity === null || event.placesLeft === null) return 'No limit on places';
  if (event.placesLeft > 0) {
    return `${event.placesLeft} of ${event.capacity} ${event.capacity === 1 ? 'place' : 'places'} left`;
  }
  const waiting = event.waitingCount === 0 ? 'no one waiting yet' : `${event.waitingCount} on the waiting list`;
  return `Full: ${waiting}. Reply yes to join the waiting list.`;
}

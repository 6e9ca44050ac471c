import type { CommunityEventKind } from '@kith/shared';
import { validationError } from '../../../errors.ts';

/** The facts about an event that must agree with each other, after an edit is applied. */
export interface EventShape {
  kind: CommunityEventKind;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
}

/** The longest event: network meetings can be a full day, not a week. */
const MAX_DURATION_MS = 24 * 3_600_000;

/** Checks an event's times and where it happens; each problem names its field (400). */
export function assertEventShape(event: EventShape): void {
  if (event.endsAt <= event.startsAt) throw validationError('endsAt', 'The end must be after the start');
  if (event.endsAt.getTime() - event.startsAt.getTime() > MAX_DURATION_MS) {
    throw validationError('endsAt', 'An event can last at most 24 hours');
  }
  if (event.kind === 'webinar' && !event.onlineUrl) throw validationError('onlineUrl', 'Enter the link to join the webinar');
  if (event.kind === 'network_meeting' && !event.place) throw validationError('place', 'Enter where the meeting is');
}

/** A new or moved event must start in the future. */
export function assertStartsInFuture(startsAt: Date, now: Date): void {
  if (startsAt <= now) throw validationError('startsAt', 'The start must be in the future');
}

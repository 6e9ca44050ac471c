import {
  COMMUNITY_EVENT_TIME_ZONE,
  type CommunityEventAttendee,
  type CommunityEventDetail,
  type CommunityEventSummary,
} from '@kith/shared';
import type { AttendeeRow, EventRow, MyRsvp, RsvpCounts } from './event-repository.ts';
import { formatEventWhen } from './event-time.ts';

export interface EventReaderFacts {
  counts: RsvpCounts | undefined;
  myRsvp: MyRsvp | undefined;
  invited: boolean;
  /** Members get the online link; visitors learn only that there is one. */
  isMember: boolean;
}

/**
 * What every change to an event or its replies needs besides the change itself: where links in
 * emails and calendar files point (Kith's public address), and when it happens (tests fix it).
 */
export interface EventLinks {
  publicUrl: string;
  now?: Date;
}

/** Where an event's page is, for links in emails and calendars. */
export function eventPageUrl(publicUrl: string, eventId: string): string {
  return `${publicUrl}/community/events/${eventId}`;
}

export function toEventSummary(event: EventRow, facts: EventReaderFacts): CommunityEventSummary {
  const attending = facts.counts?.attending ?? 0;
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: COMMUNITY_EVENT_TIME_ZONE,
    whenText: formatEventWhen(event.startsAt, event.endsAt),
    place: event.place,
    onlineUrl: facts.isMember ? event.onlineUrl : null,
    hasOnlineLink: event.onlineUrl !== null,
    capacity: event.capacity,
    audience: event.audience,
    status: event.status,
    attendingCount: attending,
    waitingCount: facts.counts?.waiting ?? 0,
    placesLeft: event.capacity === null ? null : Math.max(event.capacity - attending, 0),
    myRsvp: facts.myRsvp
      ? {
          status: facts.myRsvp.status,
          waitingPosition: facts.myRsvp.waitingPosition,
          respondedAt: facts.myRsvp.respondedAt.toISOString(),
        }
      : null,
    invited: facts.invited,
  };
}

export function toEventDetail(event: EventRow, facts: EventReaderFacts): CommunityEventDetail {
  return {
    ...toEventSummary(event, facts),
    description: event.description,
    maybeCount: facts.counts?.maybe ?? 0,
    icsUrl: `/api/community/events/${event.id}.ics`,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}

/** One reply in the editors' list of who replied. */
export function toEventAttendee(row: AttendeeRow): CommunityEventAttendee {
  return {
    userId: row.userId,
    displayName: row.displayName,
    status: row.status,
    waitingPosition: row.waitingPosition,
    respondedAt: row.respondedAt.toISOString(),
  };
}

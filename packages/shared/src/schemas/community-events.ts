import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { readUkDateTime, UK_OFFSETS, type UkOffset, ukInstant } from '../rules/uk-wall-clock.ts';
import { Email, Id, PageQuery, pageOf, text } from './common.ts';
import { WebAddress } from './web-address.ts';

/**
 * Community events: webinars (online link) and in-person network meetings. Editors create,
 * edit, cancel and invite; members RSVP yes / no / maybe. A "yes" beyond capacity joins the
 * waiting list, and the first waiting is promoted (and emailed) when a place frees.
 */

/** What a visitor sees when they try to RSVP without being signed in as a member. */
export const RSVP_NEEDS_MEMBER_MESSAGE = 'You need to be a registered member to reply to this event';
/** Event times are stored as instants and shown in this time zone. */
export const COMMUNITY_EVENT_TIME_ZONE = 'Europe/London';

/** Kinds of event. */
export const COMMUNITY_EVENT_KINDS = ['webinar', 'network_meeting'] as const;
/** One of {@link COMMUNITY_EVENT_KINDS}. */
export type CommunityEventKind = (typeof COMMUNITY_EVENT_KINDS)[number];
/** Event kinds as words for screens. */
export const COMMUNITY_EVENT_KIND_LABELS: Record<CommunityEventKind, string> = {
  webinar: 'Webinar',
  network_meeting: 'Network meeting',
};
/** An event is scheduled until an editor cancels it. */
export const COMMUNITY_EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
/** One of {@link COMMUNITY_EVENT_STATUSES}. */
export type CommunityEventStatus = (typeof COMMUNITY_EVENT_STATUSES)[number];
/** A member's answer. */
export const COMMUNITY_RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
/** One of {@link COMMUNITY_RSVP_RESPONSES}. */
export type CommunityRsvpResponse = (typeof COMMUNITY_RSVP_RESPONSES)[number];
/** Where a member stands: a "yes" is `attending`, or `waitlisted` when the event is full. */
export const COMMUNITY_RSVP_STATUSES = ['attending', 'waitlisted', 'maybe', 'declined'] as const;
/** One of {@link COMMUNITY_RSVP_STATUSES}. */
export type CommunityRsvpStatus = (typeof COMMUNITY_RSVP_STATUSES)[number];

/**
 * A date and time: either an instant with its offset (`2026-03-03T10:00:00Z`,
 * `2026-06-03T10:00+01:00`) or a UK wall-clock time without one (`2026-03-03T10:00`, what a
 * `datetime-local` field gives), which is read as Europe/London time by `rules/uk-wall-clock.ts`.
 */
export const CommunityEventDateTime = z
  .string()
  .trim()
  .refine(isCommunityEventDateTime, { message: 'Enter a date and time like 2026-03-03T10:00' });
export type CommunityEventDateTime = z.infer<typeof CommunityEventDateTime>;

/** True when `value` is a real calendar date and time in one of the accepted forms. */
export function isCommunityEventDateTime(value: string): boolean {
  return readUkDateTime(value).kind !== 'invalid';
}

/**
 * Which of the two readings of a repeated UK time is meant (the night the clocks go back):
 * `+01:00` the first (BST), `+00:00` the second (GMT). Only needed, and only shown, then.
 */
export const UkOffsetChoice = z.enum(UK_OFFSETS, { message: 'Choose +01:00 (the first time) or +00:00 (the second)' });
export type UkOffsetChoice = z.infer<typeof UkOffsetChoice>;

/**
 * Refuses a wall-clock time that never happens in the UK (naming the time field) and asks for
 * the offset of one that happens twice (naming the offset field, with both possibilities).
 */
function checkUkTimes(
  value: { startsAt?: string; endsAt?: string; startsAtOffset?: UkOffset | null; endsAtOffset?: UkOffset | null },
  ctx: z.RefinementCtx,
) {
  const pairs = [
    ['startsAt', 'startsAtOffset'],
    ['endsAt', 'endsAtOffset'],
  ] as const;
  for (const [field, offsetField] of pairs) {
    const time = value[field];
    if (time === undefined || !isCommunityEventDateTime(time)) continue;
    const read = ukInstant(time, value[offsetField]);
    if (read.ok) continue;
    const path = read.problem === 'skipped' ? field : offsetField;
    ctx.addIssue({ code: 'custom', path: [path], message: read.message });
  }
}

const Capacity = z
  .number({ message: 'Enter the number of places as a whole number' })
  .int({ message: 'Enter the number of places as a whole number' })
  .min(1, { message: 'An event needs at least 1 place (leave it empty for no limit)' })
  .max(100_000, { message: 'Enter no more than 100000 places' });
const Place = z.string().trim().max(500, { message: 'The place must be 500 characters or fewer' });
const Description = z.string().trim().max(10_000, { message: 'The description must be 10000 characters or fewer' });
const Audience = z.string().trim().max(500, { message: 'The audience must be 500 characters or fewer' });

/**
 * Creating an event (editors). A webinar needs `onlineUrl`, a network meeting `place`; either
 * may have both (a hybrid meeting). `capacity` null or absent: no limit. Plain text throughout.
 */
export const CreateCommunityEventRequest = z
  .object({
    kind: z.enum(COMMUNITY_EVENT_KINDS, { message: 'Choose webinar or network meeting' }),
    title: text(200, 'a title'),
    description: Description.default(''),
    startsAt: CommunityEventDateTime,
    /** Needed only when `startsAt` is a UK time that happens twice (the clocks go back). */
    startsAtOffset: UkOffsetChoice.nullable().optional(),
    endsAt: CommunityEventDateTime,
    /** Needed only when `endsAt` is a UK time that happens twice. */
    endsAtOffset: UkOffsetChoice.nullable().optional(),
    place: Place.nullable().optional(),
    onlineUrl: WebAddress.nullable().optional(),
    capacity: Capacity.nullable().optional(),
    audience: Audience.default(''),
  })
  .superRefine(checkUkTimes);
/** Body of `POST /api/community/events`. */
export type CreateCommunityEventRequest = z.infer<typeof CreateCommunityEventRequest>;

/** Editing an event: only the fields sent change. Moving the start re-queues the reminder. */
export const UpdateCommunityEventRequest = z
  .object({
    title: text(200, 'a title').optional(),
    description: Description.optional(),
    startsAt: CommunityEventDateTime.optional(),
    startsAtOffset: UkOffsetChoice.nullable().optional(),
    endsAt: CommunityEventDateTime.optional(),
    endsAtOffset: UkOffsetChoice.nullable().optional(),
    place: Place.nullable().optional(),
    onlineUrl: WebAddress.nullable().optional(),
    capacity: Capacity.nullable().optional(),
    audience: Audience.optional(),
  })
  .superRefine(checkUkTimes);
/** Body of `PATCH /api/community/events/:id`. */
export type UpdateCommunityEventRequest = z.infer<typeof UpdateCommunityEventRequest>;

/** The reader's own RSVP; `waitingPosition` is 1 for the first on the waiting list. */
export const CommunityMyRsvp = z.object({
  status: z.enum(COMMUNITY_RSVP_STATUSES),
  waitingPosition: z.number().int().nullable(),
  respondedAt: z.iso.datetime(),
});
/** See {@link CommunityMyRsvp}. */
export type CommunityMyRsvp = z.infer<typeof CommunityMyRsvp>;

/** An event as listed. Times are UTC instants; `whenText` is the same in UK time, in words. */
export const CommunityEventSummary = z.object({
  id: Id,
  kind: z.enum(COMMUNITY_EVENT_KINDS),
  title: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  timeZone: z.literal(COMMUNITY_EVENT_TIME_ZONE),
  /** e.g. "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)". */
  whenText: z.string(),
  place: z.string().nullable(),
  /** The joining link, for members only (null for visitors; see `hasOnlineLink`). */
  onlineUrl: z.string().nullable(),
  hasOnlineLink: z.boolean(),
  capacity: z.number().int().nullable(),
  audience: z.string(),
  status: z.enum(COMMUNITY_EVENT_STATUSES),
  attendingCount: z.number().int(),
  waitingCount: z.number().int(),
  /** Null when there is no limit. */
  placesLeft: z.number().int().nullable(),
  myRsvp: CommunityMyRsvp.nullable(),
  invited: z.boolean(),
});
/** See {@link CommunityEventSummary}. */
export type CommunityEventSummary = z.infer<typeof CommunityEventSummary>;

/** One event in full. `icsUrl` downloads it for a calendar. */
export const CommunityEventDetail = CommunityEventSummary.extend({
  description: z.string(),
  maybeCount: z.number().int(),
  icsUrl: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
/** See {@link CommunityEventDetail}. */
export type CommunityEventDetail = z.infer<typeof CommunityEventDetail>;

/** Listing events: `upcoming` (not yet ended, soonest first) or `past` (most recent first). */
export const CommunityEventListQuery = PageQuery.extend({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  kind: z.enum(COMMUNITY_EVENT_KINDS).optional(),
});
/** Query of `GET /api/community/events`. */
export type CommunityEventListQuery = z.infer<typeof CommunityEventListQuery>;

/** A page of events. */
export const CommunityEventList = pageOf(CommunityEventSummary);
/** See {@link CommunityEventList}. */
export type CommunityEventList = z.infer<typeof CommunityEventList>;

/** A member's RSVP. Answering again replaces the earlier answer. */
export const CommunityRsvpRequest = z.object({
  response: z.enum(COMMUNITY_RSVP_RESPONSES, { message: 'Choose yes, no or maybe' }),
});
/** Body of `PUT /api/community/events/:id/rsvp`. */
export type CommunityRsvpRequest = z.infer<typeof CommunityRsvpRequest>;

/**
 * Who to invite. Expanded to people when the invitation is sent (later joiners are not
 * invited automatically): one member by email; everyone holding a role (optionally only in an
 * organisation and below); every member of an organisation and its descendants; or every
 * self-registered community member.
 */
export const CommunityInviteTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), email: Email }),
  z.object({ kind: z.literal('role'), role: z.enum(ROLES), organisationId: Id.optional() }),
  z.object({ kind: z.literal('organisation'), organisationId: Id }),
  z.object({ kind: z.literal('all_members') }),
]);
/** See {@link CommunityInviteTarget}. */
export type CommunityInviteTarget = z.infer<typeof CommunityInviteTarget>;

/** Inviting people to an event; each new invitee is emailed. */
export const CommunityEventInviteRequest = z.object({
  invitees: z.array(CommunityInviteTarget).min(1, { message: 'Choose who to invite' }).max(100),
});
/** Body of `POST /api/community/events/:id/invitations`. */
export type CommunityEventInviteRequest = z.infer<typeof CommunityEventInviteRequest>;

/** How many people were newly invited (and emailed), and how many had been invited before. */
export const CommunityEventInviteResult = z.object({
  invited: z.number().int(),
  alreadyInvited: z.number().int(),
});
/** See {@link CommunityEventInviteResult}. */
export type CommunityEventInviteResult = z.infer<typeof CommunityEventInviteResult>;

/** One person's RSVP, for editors. */
export const CommunityEventAttendee = z.object({
  userId: Id,
  displayName: z.string(),
  status: z.enum(COMMUNITY_RSVP_STATUSES),
  waitingPosition: z.number().int().nullable(),
  respondedAt: z.iso.datetime(),
});
/** See {@link CommunityEventAttendee}. */
export type CommunityEventAttendee = z.infer<typeof CommunityEventAttendee>;

/** Everyone who answered, attending first, then the waiting list in order, then maybe, then no. */
export const CommunityEventAttendeeList = pageOf(CommunityEventAttendee);
/** See {@link CommunityEventAttendeeList}. */
export type CommunityEventAttendeeList = z.infer<typeof CommunityEventAttendeeList>;

/** Path parameters naming one member's RSVP to one event. */
export const CommunityEventMemberParams = z.object({ id: Id, userId: Id });
/** See {@link CommunityEventMemberParams}. */
export type CommunityEventMemberParams = z.infer<typeof CommunityEventMemberParams>;

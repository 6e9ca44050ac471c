import {
  CommunityEventAttendeeList,
  CommunityEventDetail,
  CommunityEventInviteRequest,
  CommunityEventInviteResult,
  CommunityEventList,
  CommunityEventListQuery,
  CommunityEventMemberParams,
  CommunityRsvpRequest,
  CreateCommunityEventRequest,
  IdParams,
  PageQuery,
  UpdateCommunityEventRequest,
} from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import { eventCalendar } from './event-calendar.ts';
import { inviteToEvent } from './event-invitation-service.ts';
import { removeRsvp, respondToEvent } from './event-rsvp-service.ts';
import { cancelEvent, createEvent, getEvent, listAttendees, listEvents, updateEvent } from './event-service.ts';

/** Webinars and network meetings: anyone reads them; editors run them; members RSVP. */
export async function eventRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const publicUrl = app.kith.config.email.publicUrl;
  const tags = ['community'];

  app.get(
    '/api/community/events',
    {
      schema: {
        tags,
        summary: 'Upcoming (soonest first) or past events, with my RSVP and the attending and waiting counts',
        querystring: CommunityEventListQuery,
        response: { 200: CommunityEventList },
      },
    },
    async (request) => listEvents(db, request.ctx, request.query),
  );

  app.post(
    '/api/community/events',
    {
      schema: {
        tags,
        summary: 'Create a webinar or network meeting (editors); times with an offset, or UK wall-clock time without one',
        body: CreateCommunityEventRequest,
        response: { 201: CommunityEventDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createEvent(db, request.ctx, { input: request.body, publicUrl })),
  );

  app.get(
    '/api/community/events/:id.ics',
    {
      schema: {
        tags,
        summary: 'The event as an iCalendar (.ics) file to add to a calendar',
        params: IdParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const { filename, body } = await eventCalendar(db, request.ctx, { eventId: request.params.id, publicUrl });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.get(
    '/api/community/events/:id',
    {
      schema: {
        tags,
        summary: 'One event with my RSVP and the counts; the joining link for members only',
        params: IdParams,
        response: { 200: CommunityEventDetail },
      },
    },
    async (request) => getEvent(db, request.ctx, request.params.id),
  );

  app.patch(
    '/api/community/events/:id',
    {
      schema: {
        tags,
        summary: 'Change an event (editors); people who replied are emailed about a new time, place or link',
        params: IdParams,
        body: UpdateCommunityEventRequest,
        response: { 200: CommunityEventDetail },
      },
    },
    async (request) => updateEvent(db, request.ctx, { eventId: request.params.id, input: request.body, publicUrl }),
  );

  app.post(
    '/api/community/events/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an event (editors); everyone who replied yes or maybe, or is waiting, is emailed',
        params: IdParams,
        response: { 200: CommunityEventDetail },
      },
    },
    async (request) => cancelEvent(db, request.ctx, { eventId: request.params.id, publicUrl }),
  );

  app.post(
    '/api/community/events/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite members, roles or organisations (editors); each new invitee is emailed',
        params: IdParams,
        body: CommunityEventInviteRequest,
        response: { 200: CommunityEventInviteResult },
      },
    },
    async (request) => inviteToEvent(db, request.ctx, { eventId: request.params.id, request: request.body, publicUrl }),
  );

  app.put(
    '/api/community/events/:id/rsvp',
    {
      schema: {
        tags,
        summary: 'RSVP yes, no or maybe (members); a yes when full joins the waiting list; answering again changes it',
        params: IdParams,
        body: CommunityRsvpRequest,
        response: { 200: CommunityEventDetail },
      },
    },
    async (request) => {
      await respondToEvent(db, request.ctx, { eventId: request.params.id, response: request.body.response, publicUrl });
      return getEvent(db, request.ctx, request.params.id);
    },
  );

  app.delete(
    '/api/community/events/:id/rsvps/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a reply: your own, or anyone’s (editors); a freed place goes to the first waiting',
        params: CommunityEventMemberParams,
      },
    },
    async (request, reply) => {
      await removeRsvp(db, request.ctx, { eventId: request.params.id, userId: request.params.userId, publicUrl });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/community/events/:id/attendees',
    {
      schema: {
        tags,
        summary: 'Who replied (editors): attending, the waiting list in order, maybe, no',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: CommunityEventAttendeeList },
      },
    },
    async (request) => listAttendees(db, request.ctx, request.params.id, request.query),
  );
}

import { CalendarFeedCreated, CalendarFeedParams, CalendarFeedStatus } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { createFeed, feedCalendar, feedStatus, revokeFeed } from './calendar-feed-service.ts';

/**
 * Feed reads per IP address per window. Calendar apps poll every 15 minutes to a few hours; a
 * household or office behind one address still fits, while guessing secrets stays slow.
 */
export const CALENDAR_FEED_RATE_LIMIT = { max: 30, timeWindow: 10 * 60_000 } as const;

/** The private calendar subscription: managing its secret address, and the public feed itself. */
export async function calendarFeedRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const { publicUrl } = app.kith.config.email;
  const tags = ['appointments'];

  app.get(
    '/api/calendar-feed',
    {
      schema: { tags, summary: 'Whether I have a calendar subscription, and since when', response: { 200: CalendarFeedStatus } },
    },
    async (request) => feedStatus(db, request.ctx),
  );

  app.post(
    '/api/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Make a new secret calendar address (replacing any earlier one); shown only in this answer',
        response: { 201: CalendarFeedCreated },
      },
    },
    async (request, reply) => reply.status(201).send(await createFeed(db, request.ctx, { publicUrl })),
  );

  app.delete(
    '/api/calendar-feed',
    { schema: { tags, summary: 'Turn off my calendar subscription: its address stops working' } },
    async (request, reply) => {
      await revokeFeed(db, request.ctx);
      return reply.status(204).send();
    },
  );

  app.get(
    '/calendar/:token.ics',
    {
      config: { rateLimit: CALENDAR_FEED_RATE_LIMIT },
      schema: {
        tags,
        summary: 'A worker’s appointments as an iCalendar subscription (no sign-in: the secret address is the key)',
        params: CalendarFeedParams,
        produces: ['text/calendar'],
        security: [],
      },
    },
    async (request, reply) => {
      const body = await feedCalendar(db, { token: request.params.token, publicUrl });
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-store').send(body);
    },
  );
}

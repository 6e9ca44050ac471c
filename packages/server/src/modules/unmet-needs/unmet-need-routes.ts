import { CreateUnmetNeedRequest, UnmetNeed, UnmetNeedPage, UnmetNeedQuery } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { findUnmetNeeds, recordUnmetNeed } from './unmet-need-service.ts';

/** Needs nothing in the directory could meet: recorded by the care team, read for the impact reports. */
export async function unmetNeedRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['unmet needs'];

  app.post(
    '/api/unmet-needs',
    {
      schema: {
        tags,
        summary: 'Record a need nothing suitable exists for: what, where and why',
        body: CreateUnmetNeedRequest,
        response: { 201: UnmetNeed },
      },
    },
    async (request, reply) => reply.status(201).send(await recordUnmetNeed(db, request.ctx, request.body)),
  );

  app.get(
    '/api/unmet-needs',
    {
      schema: {
        tags,
        summary: 'Unmet needs recorded in my organisations, newest first',
        querystring: UnmetNeedQuery,
        response: { 200: UnmetNeedPage },
      },
    },
    async (request) => findUnmetNeeds(db, request.ctx, request.query),
  );
}

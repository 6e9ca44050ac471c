import {
  ConcernList,
  ConcernTransitionRequest,
  IdParams,
  PageQuery,
  PersonConcernParams,
  RaiseConcernRequest,
  RaisedConcern,
  SafeguardingConcern,
  SafeguardingInbox,
  SafeguardingLeads,
  SetSafeguardingLeadsRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { getSafeguardingLeads, setSafeguardingLeads } from './safeguarding-lead-service.ts';
import { getConcern, listPersonConcerns, raiseConcern, safeguardingInbox, transitionConcern } from './safeguarding-service.ts';

/**
 * Safeguarding concerns. There is deliberately no DELETE route: a concern stays on the
 * person's record for good and leaves the open list only by being closed with an outcome.
 */
export async function safeguardingRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['safeguarding'];

  app.get(
    '/api/organisations/:id/safeguarding-leads',
    {
      schema: {
        tags,
        summary: "The PCN's designated safeguarding leads",
        params: IdParams,
        response: { 200: SafeguardingLeads },
      },
    },
    async (request) => getSafeguardingLeads(db, request.ctx, request.params.id),
  );

  app.put(
    '/api/organisations/:id/safeguarding-leads',
    {
      schema: {
        tags,
        summary: "Replace the PCN's designated safeguarding leads",
        params: IdParams,
        body: SetSafeguardingLeadsRequest,
        response: { 200: SafeguardingLeads },
      },
    },
    async (request) => setSafeguardingLeads(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/people/:personId/safeguarding-concerns',
    {
      schema: {
        tags,
        summary: 'Every safeguarding concern raised about the person, newest first',
        params: PersonConcernParams,
        response: { 200: ConcernList },
      },
    },
    async (request) => ({ items: await listPersonConcerns(db, request.ctx, request.params.personId) }),
  );

  app.post(
    '/api/people/:personId/safeguarding-concerns',
    {
      schema: {
        tags,
        summary: "Raise a safeguarding concern; the PCN's leads (or supervisors) are notified at once",
        params: PersonConcernParams,
        body: RaiseConcernRequest,
        response: { 201: RaisedConcern },
      },
    },
    async (request, reply) => reply.status(201).send(await raiseConcern(db, request.ctx, request.params.personId, request.body)),
  );

  app.get(
    '/api/safeguarding/inbox',
    {
      schema: {
        tags,
        summary: 'Concerns I was notified about, unread first, a page at a time',
        querystring: PageQuery,
        response: { 200: SafeguardingInbox },
      },
    },
    async (request) => safeguardingInbox(db, request.ctx, request.query),
  );

  app.get(
    '/api/safeguarding-concerns/:id',
    { schema: { tags, summary: 'One concern with its history', params: IdParams, response: { 200: SafeguardingConcern } } },
    async (request) => getConcern(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/safeguarding-concerns/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move a concern on (a designated lead or a supervisor); closing needs the outcome',
        params: IdParams,
        body: ConcernTransitionRequest,
        response: { 200: SafeguardingConcern },
      },
    },
    async (request) => transitionConcern(db, request.ctx, request.params.id, request.body),
  );
}

import {
  CreateSupervisionSessionRequest,
  IdParams,
  SupervisionNotes,
  SupervisionOptions,
  SupervisionOverview,
  SupervisionOverviewQuery,
  SupervisionSession,
  SupervisionSessionList,
  SupervisionSessionQuery,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import {
  createSession,
  getSession,
  listSessions,
  readNotes,
  supervisionOptions,
  supervisionOverview,
  writeNotes,
} from './supervision-service.ts';

/**
 * Supervision sessions and the PCN overview. Private notes travel only on the session and
 * notes routes, and only to the supervisor and the supervisee (supervision-policy.ts).
 */
export async function supervisionRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['supervision'];

  app.get(
    '/api/supervision/options',
    {
      schema: {
        tags,
        summary: 'PCNs where I may record supervision, with the people working in each',
        response: { 200: SupervisionOptions },
      },
    },
    async (request) => supervisionOptions(db, request.ctx),
  );

  app.post(
    '/api/supervision/sessions',
    {
      schema: {
        tags,
        summary: 'Record a supervision session I took part in',
        body: CreateSupervisionSessionRequest,
        response: { 201: SupervisionSession },
      },
    },
    async (request, reply) => reply.status(201).send(await createSession(db, request.ctx, request.body)),
  );

  app.get(
    '/api/supervision/sessions',
    {
      schema: {
        tags,
        summary: 'Sessions I took part in, and those in PCNs I oversee (never their notes)',
        querystring: SupervisionSessionQuery,
        response: { 200: SupervisionSessionList },
      },
    },
    async (request) => listSessions(db, request.ctx, request.query),
  );

  app.get(
    '/api/supervision/sessions/:id',
    {
      schema: {
        tags,
        summary: 'One session; its private notes only for the supervisor and the supervisee',
        params: IdParams,
        response: { 200: SupervisionSession },
      },
    },
    async (request) => getSession(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/supervision/sessions/:id/notes',
    {
      schema: {
        tags,
        summary: 'The private notes (the two parties only; every read is audited)',
        params: IdParams,
        response: { 200: SupervisionNotes },
      },
    },
    async (request) => readNotes(db, request.ctx, request.params.id),
  );

  app.put(
    '/api/supervision/sessions/:id/notes',
    {
      schema: {
        tags,
        summary: 'Replace the private notes (the two parties only)',
        params: IdParams,
        body: SupervisionNotes,
        response: { 200: SupervisionNotes },
      },
    },
    async (request) => writeNotes(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/supervision/overview',
    {
      schema: {
        tags,
        summary: "The PCN's link workers: last supervision, due and overdue; supervisor-to-worker ratio",
        querystring: SupervisionOverviewQuery,
        response: { 200: SupervisionOverview },
      },
    },
    async (request) => supervisionOverview(db, request.ctx, request.query.pcnId, app.kith.config.supervision),
  );
}

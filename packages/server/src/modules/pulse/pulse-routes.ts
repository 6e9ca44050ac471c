import {
  AnswerPulseRequest,
  CreatePulseRoundRequest,
  CurrentPulseRounds,
  IdParams,
  PulseAnswerReceipt,
  PulseResults,
  PulseRound,
  PulseRoundList,
  PulseRoundListQuery,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import {
  answerPulseRound,
  closePulseRound,
  createPulseRound,
  currentPulseRounds,
  listPulseRounds,
  pulseRoundResults,
  pulseRoundResultsCsv,
} from './pulse-service.ts';

/**
 * The wellbeing pulse. Link workers and supervisors answer anonymously; PCN managers open
 * rounds and see results only for groups of 5 or more, on screen and in the CSV alike, and only
 * once the round has closed (409 before then: figures read as each answer arrives would give
 * that answer away). A manager can close a round early.
 */
export async function pulseRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['pulse'];

  app.post(
    '/api/pulse/rounds',
    {
      schema: {
        tags,
        summary: 'Open a pulse round for the link workers of a PCN or ICB',
        body: CreatePulseRoundRequest,
        response: { 201: PulseRound },
      },
    },
    async (request, reply) => reply.status(201).send(await createPulseRound(db, request.ctx, request.body)),
  );

  app.get(
    '/api/pulse/rounds',
    {
      schema: {
        tags,
        summary: 'Pulse rounds of the organisations you manage',
        querystring: PulseRoundListQuery,
        response: { 200: PulseRoundList },
      },
    },
    async (request) => listPulseRounds(db, request.ctx, request.query),
  );

  app.get(
    '/api/pulse/current',
    {
      schema: {
        tags,
        summary: 'Open pulse rounds you have not answered yet',
        response: { 200: CurrentPulseRounds },
      },
    },
    async (request) => ({ items: await currentPulseRounds(db, request.ctx) }),
  );

  app.post(
    '/api/pulse/rounds/:id/responses',
    {
      schema: {
        tags,
        summary: 'Answer a pulse round, anonymously and once',
        params: IdParams,
        body: AnswerPulseRequest,
        response: { 201: PulseAnswerReceipt },
      },
    },
    async (request, reply) => reply.status(201).send(await answerPulseRound(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/pulse/rounds/:id/close',
    {
      schema: {
        tags,
        summary: 'Close an open round now: it stops taking answers and its results can be read',
        params: IdParams,
        response: { 200: PulseRound },
      },
    },
    async (request) => closePulseRound(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/pulse/rounds/:id/results',
    {
      schema: {
        tags,
        summary: 'Results per PCN once the round has closed; groups under 5 responses are not shown',
        params: IdParams,
        response: { 200: PulseResults },
      },
    },
    async (request) => pulseRoundResults(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/pulse/rounds/:id/results.csv',
    {
      schema: {
        tags,
        summary: 'The same results as CSV, with the same groups withheld, once the round has closed',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const csv = await pulseRoundResultsCsv(db, request.ctx, request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="pulse-results-${request.params.id}.csv"`)
        .send(csv);
    },
  );
}

import {
  CreatePersonRequest,
  IdParams,
  PageQuery,
  Person,
  PersonMatchesRequest,
  PersonMatchList,
  PersonPage,
  PersonReferralList,
  PersonSearchQuery,
  PersonVersionList,
  Timeline,
  UpdatePersonRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { getPersonVersions, updatePerson } from './person-edit-service.ts';
import { createPerson, findMatches, findPeople, getPerson, getPersonReferrals } from './person-service.ts';
import { personTimeline } from './person-timeline.ts';

export async function personRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['people'];

  app.get('/api/people', { schema: { tags, querystring: PersonSearchQuery, response: { 200: PersonPage } } }, async (request) =>
    findPeople(db, request.ctx, request.query),
  );

  app.post(
    '/api/people/matches',
    {
      schema: {
        tags,
        summary: 'Likely existing records for these details',
        body: PersonMatchesRequest,
        response: { 200: PersonMatchList },
      },
    },
    async (request) => ({ items: await findMatches(db, request.ctx, request.body.organisationId, request.body) }),
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Create a person (returns the existing record for a known NHS number)',
        body: CreatePersonRequest,
        response: { 200: Person, 201: Person },
      },
    },
    async (request, reply) => {
      const { person, created } = await createPerson(db, request.ctx, request.body);
      return reply.status(created ? 201 : 200).send(person);
    },
  );

  app.get('/api/people/:id', { schema: { tags, params: IdParams, response: { 200: Person } } }, async (request) =>
    getPerson(db, request.ctx, request.params.id),
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: "Edit the person's record; 409 if someone else saved since baseVersion",
        params: IdParams,
        body: UpdatePersonRequest,
        response: { 200: Person },
      },
    },
    async (request) => updatePerson(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/people/:id/versions',
    {
      schema: {
        tags,
        summary: "The record's history: who saved each version, when, and which fields changed",
        params: IdParams,
        response: { 200: PersonVersionList },
      },
    },
    async (request) => ({ items: await getPersonVersions(db, request.ctx, request.params.id) }),
  );

  app.get(
    '/api/people/:id/timeline',
    {
      schema: {
        tags,
        summary: 'What happened to the person, newest first, a page at a time',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: Timeline },
      },
    },
    async (request) => personTimeline(db, request.ctx, request.params.id, request.query),
  );

  app.get(
    '/api/people/:id/referrals',
    {
      schema: {
        tags,
        summary: "The person's referrals (episodes), newest first",
        params: IdParams,
        response: { 200: PersonReferralList },
      },
    },
    async (request) => ({ items: await getPersonReferrals(db, request.ctx, request.params.id) }),
  );
}

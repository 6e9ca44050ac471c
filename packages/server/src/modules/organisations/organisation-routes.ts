import {
  CreateOrganisationRequest,
  IdParams,
  Organisation,
  OrganisationList,
  OrganisationListQuery,
  UpdateOrganisationRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { createOrganisation, getOrganisation, listVisibleOrganisations, updateOrganisation } from './organisation-service.ts';

export async function organisationRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['organisations'];

  app.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Organisations you can see',
        querystring: OrganisationListQuery,
        response: { 200: OrganisationList },
      },
    },
    async (request) => ({ items: await listVisibleOrganisations(db, request.ctx, request.query) }),
  );

  app.get('/api/organisations/:id', { schema: { tags, params: IdParams, response: { 200: Organisation } } }, async (request) =>
    getOrganisation(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation (admin)',
        body: CreateOrganisationRequest,
        response: { 201: Organisation },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganisation(db, request.ctx, request.body)),
  );

  app.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Change or deactivate an organisation (admin)',
        params: IdParams,
        body: UpdateOrganisationRequest,
        response: { 200: Organisation },
      },
    },
    async (request) => updateOrganisation(db, request.ctx, request.params.id, request.body),
  );
}

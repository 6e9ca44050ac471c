import {
  DirectoryOrganisation,
  DirectoryOrganisationInput,
  DirectoryOrganisationPage,
  DirectoryOrganisationQuery,
  IdParams,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './directory-organisation-service.ts';

/** Organisations that run directory services (ORUK organization); admins write. */
export async function directoryOrganisationRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['directory'];

  app.get(
    '/api/directory/organizations',
    {
      schema: {
        tags,
        summary: 'Directory organisations by name; `mine=true` for those whose services you curate',
        querystring: DirectoryOrganisationQuery,
        response: { 200: DirectoryOrganisationPage },
      },
    },
    async (request) => listOrganisations(db, request.ctx, request.query),
  );

  app.get(
    '/api/directory/organizations/:id',
    { schema: { tags, params: IdParams, response: { 200: DirectoryOrganisation } } },
    async (request) => getOrganisation(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/directory/organizations',
    {
      schema: {
        tags,
        summary: 'Add a directory organisation (directory admins)',
        body: DirectoryOrganisationInput,
        response: { 201: DirectoryOrganisation },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganisation(db, request.ctx, request.body)),
  );

  app.put(
    '/api/directory/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Change a directory organisation, including its link to a Kith VCSE organisation (directory admins)',
        params: IdParams,
        body: DirectoryOrganisationInput,
        response: { 200: DirectoryOrganisation },
      },
    },
    async (request) => updateOrganisation(db, request.ctx, request.params.id, request.body),
  );
}

import {
  CommunityResource,
  CommunityResourceCategoryList,
  CommunityResourceList,
  CommunityResourceListQuery,
  CreateCommunityResourceRequest,
  IdParams,
  UpdateCommunityResourceRequest,
} from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import {
  createResource,
  getResource,
  listResourceCategories,
  listResources,
  setResourceArchived,
  updateResource,
} from './resource-service.ts';

/** The resources library: anyone reads and searches it; community editors keep it. */
export async function resourceRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['community'];

  app.get(
    '/api/community/resources',
    {
      schema: {
        tags,
        summary: 'Search the resources library: words over title, summary and tags; filter by category and kind; by title',
        querystring: CommunityResourceListQuery,
        response: { 200: CommunityResourceList },
      },
    },
    async (request) => listResources(db, request.ctx, request.query),
  );

  app.get(
    '/api/community/resources/categories',
    {
      schema: {
        tags,
        summary: 'The categories in use, with how many resources each has',
        response: { 200: CommunityResourceCategoryList },
      },
    },
    async () => listResourceCategories(db),
  );

  app.get(
    '/api/community/resources/:id',
    { schema: { tags, summary: 'One resource', params: IdParams, response: { 200: CommunityResource } } },
    async (request) => getResource(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/community/resources',
    {
      schema: {
        tags,
        summary: 'Add a resource (editors); the web address must be http(s)',
        body: CreateCommunityResourceRequest,
        response: { 201: CommunityResource },
      },
    },
    async (request, reply) => reply.status(201).send(await createResource(db, request.ctx, request.body)),
  );

  app.patch(
    '/api/community/resources/:id',
    {
      schema: {
        tags,
        summary: 'Edit a resource (editors)',
        params: IdParams,
        body: UpdateCommunityResourceRequest,
        response: { 200: CommunityResource },
      },
    },
    async (request) => updateResource(db, request.ctx, { id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/community/resources/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive a resource: hidden from readers, kept (editors)',
        params: IdParams,
        response: { 200: CommunityResource },
      },
    },
    async (request) => setResourceArchived(db, request.ctx, { id: request.params.id, archived: true }),
  );

  app.post(
    '/api/community/resources/:id/restore',
    {
      schema: {
        tags,
        summary: 'Bring an archived resource back (editors)',
        params: IdParams,
        response: { 200: CommunityResource },
      },
    },
    async (request) => setResourceArchived(db, request.ctx, { id: request.params.id, archived: false }),
  );
}

import {
  CapacityUpdate,
  DirectoryMapSettings,
  IdParams,
  ManagedServiceQuery,
  PostcodeCentroid,
  PostcodeParams,
  ServiceDetail,
  ServiceInput,
  ServiceSearchPage,
  ServiceSearchQuery,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { lookupPostcode } from '../postcodes/postcode-service.ts';
import { createService, getService, updateService } from './directory-service.ts';
import { listManagedServices, mapSettings, searchServices } from './service-search-service.ts';
import { setArchived, updateCapacity, verifyService } from './service-status-service.ts';

/**
 * The community service directory: search, service curation and postcode look-up (see
 * docs/directory.md). Organisations and the taxonomy have their own route files; the ORUK
 * import route lives in interop/oruk/import/. All are registered in app.ts.
 */
export async function directoryRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const policy = app.kith.config.directory;
  const tags = ['directory'];

  app.get(
    '/api/directory/services',
    {
      schema: {
        tags,
        summary: 'Search services by words, need, distance from a postcode, age, opening, referral, wait and cost',
        querystring: ServiceSearchQuery,
        response: { 200: ServiceSearchPage },
      },
    },
    async (request) => searchServices(db, request.ctx, request.query, policy),
  );

  app.get(
    '/api/directory/services/:id',
    { schema: { tags, summary: 'One service with all its details', params: IdParams, response: { 200: ServiceDetail } } },
    async (request) => getService(db, request.ctx, request.params.id, policy),
  );

  app.post(
    '/api/directory/services',
    {
      schema: {
        tags,
        summary: 'Add a service (admins; providers for their own organisation)',
        body: ServiceInput,
        response: { 201: ServiceDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createService(db, request.ctx, request.body, policy)),
  );

  app.put(
    '/api/directory/services/:id',
    {
      schema: {
        tags,
        summary: 'Replace a service and all its details',
        params: IdParams,
        body: ServiceInput,
        response: { 200: ServiceDetail },
      },
    },
    async (request) => updateService(db, request.ctx, { serviceId: request.params.id, input: request.body }, policy),
  );

  app.patch(
    '/api/directory/services/:id/capacity',
    {
      schema: {
        tags,
        summary: 'One-click capacity and waiting time update (also marks the service verified)',
        params: IdParams,
        body: CapacityUpdate,
        response: { 200: ServiceDetail },
      },
    },
    async (request) => updateCapacity(db, request.ctx, { serviceId: request.params.id, input: request.body }, policy),
  );

  app.post(
    '/api/directory/services/:id/verify',
    { schema: { tags, summary: 'Mark the service verified now', params: IdParams, response: { 200: ServiceDetail } } },
    async (request) => verifyService(db, request.ctx, request.params.id, policy),
  );

  app.post(
    '/api/directory/services/:id/archive',
    {
      schema: {
        tags,
        summary: 'Hide the service from search and the ORUK feed',
        params: IdParams,
        response: { 200: ServiceDetail },
      },
    },
    async (request) => setArchived(db, request.ctx, { serviceId: request.params.id, archived: true }, policy),
  );

  app.post(
    '/api/directory/services/:id/restore',
    { schema: { tags, summary: 'Return an archived service to search', params: IdParams, response: { 200: ServiceDetail } } },
    async (request) => setArchived(db, request.ctx, { serviceId: request.params.id, archived: false }, policy),
  );

  app.get(
    '/api/directory/manage/services',
    {
      schema: {
        tags,
        summary: 'Services you curate (admins: all; providers: their own), by name',
        querystring: ManagedServiceQuery,
        response: { 200: ServiceSearchPage },
      },
    },
    async (request) => listManagedServices(db, request.ctx, request.query, policy),
  );

  app.get(
    '/api/directory/postcodes/:postcode',
    {
      schema: {
        tags,
        summary: 'The centroid of a postcode (400 naming `postcode` when malformed or unknown)',
        params: PostcodeParams,
        response: { 200: PostcodeCentroid },
      },
    },
    async (request) => lookupPostcode(db, request.ctx, request.params.postcode),
  );

  app.get(
    '/api/directory/map-settings',
    {
      schema: {
        tags,
        summary: 'The map tile source for the directory map (null: markers on a plain background)',
        response: { 200: DirectoryMapSettings },
      },
    },
    async (request) => mapSettings(request.ctx, policy),
  );
}

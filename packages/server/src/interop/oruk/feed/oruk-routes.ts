import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../errors.ts';
import { sendError } from '../../../http/error-handler.ts';
import type { KithApp } from '../../../http/kith-app.ts';
import {
  OrganizationsQuery,
  OrukIdParams,
  PagingQuery,
  ServiceAtLocationsQuery,
  ServicesQuery,
  TaxonomyTermsQuery,
} from './oruk-query.ts';
import {
  getOrukOrganization,
  getOrukService,
  getOrukServiceAtLocation,
  getOrukTaxonomy,
  getOrukTaxonomyTerm,
  listOrukOrganizations,
  listOrukServiceAtLocations,
  listOrukServices,
  listOrukTaxonomies,
  listOrukTaxonomyTerms,
} from './oruk-read-service.ts';

/** The published Open Referral UK 3.0 API description this feed follows. */
export const ORUK_OPENAPI_URL = 'https://openreferraluk.org/specifications/3.0/openapi.json';

/**
 * The public Open Referral UK 3.0 feed under `/openreferral`: read-only and open (no session;
 * the auth hook only looks for one under /api), with `Access-Control-Allow-Origin: *` on every
 * answer — errors, 404s and rate-limit refusals included — so any web page may read it.
 */
export async function orukRoutes(app: KithApp): Promise<void> {
  await app.register(orukApi, { prefix: '/openreferral' });
}

async function orukApi(app: KithApp): Promise<void> {
  const { db } = app.kith.database;

  // onSend runs for every reply of this scope, including those shaped by the error handler.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    // Helmet's default (same-origin) would stop other sites embedding the feed's answers.
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });

  app.setNotFoundHandler(async (request, reply) =>
    sendError(request, reply, new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`)),
  );

  const preflight = async (request: FastifyRequest, reply: FastifyReply) => {
    const asked = request.headers['access-control-request-headers'];
    return reply
      .status(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', typeof asked === 'string' && asked ? asked : '*')
      .header('access-control-max-age', '86400')
      .send();
  };
  app.options('/', { schema: { hide: true } }, preflight);
  app.options('/*', { schema: { hide: true } }, preflight);

  const docs = (summary: string) => ({ tags: ['openreferral'], summary, security: [] });

  app.get('/', { schema: docs('ORUK 3.0: which version and profile this feed follows') }, async () => ({
    version: 'HSDS-UK-3.0',
    profile: 'https://openreferraluk.org',
    openapi_url: ORUK_OPENAPI_URL,
  }));

  app.get(
    '/services',
    { schema: { ...docs('ORUK 3.0 services, paged (full=true nests every detail)'), querystring: ServicesQuery } },
    async (request) => listOrukServices(db, request.query),
  );
  app.get(
    '/services/:id',
    { schema: { ...docs('ORUK 3.0 service with everything nested'), params: OrukIdParams } },
    async (request) => getOrukService(db, request.params.id),
  );
  app.get('/taxonomies', { schema: { ...docs('ORUK 3.0 taxonomies, paged'), querystring: PagingQuery } }, async (request) =>
    listOrukTaxonomies(db, request.query.page, request.query.per_page),
  );
  app.get('/taxonomies/:id', { schema: { ...docs('ORUK 3.0 taxonomy'), params: OrukIdParams } }, async (request) =>
    getOrukTaxonomy(db, request.params.id),
  );
  app.get(
    '/taxonomy_terms',
    { schema: { ...docs('ORUK 3.0 taxonomy terms, paged'), querystring: TaxonomyTermsQuery } },
    async (request) => listOrukTaxonomyTerms(db, request.query),
  );
  app.get('/taxonomy_terms/:id', { schema: { ...docs('ORUK 3.0 taxonomy term'), params: OrukIdParams } }, async (request) =>
    getOrukTaxonomyTerm(db, request.params.id),
  );
  app.get(
    '/organizations',
    { schema: { ...docs('ORUK 3.0 organizations, paged'), querystring: OrganizationsQuery } },
    async (request) => listOrukOrganizations(db, request.query),
  );
  app.get(
    '/organizations/:id',
    { schema: { ...docs('ORUK 3.0 organization with its services'), params: OrukIdParams } },
    async (request) => getOrukOrganization(db, request.params.id),
  );
  app.get(
    '/service_at_locations',
    {
      schema: {
        ...docs('ORUK 3.0 services at locations, paged; nearest first within `proximity` metres of `postcode`'),
        querystring: ServiceAtLocationsQuery,
      },
    },
    async (request) => listOrukServiceAtLocations(db, request.query),
  );
  app.get(
    '/service_at_locations/:id',
    { schema: { ...docs('ORUK 3.0 service at location'), params: OrukIdParams } },
    async (request) => getOrukServiceAtLocation(db, request.params.id),
  );
}

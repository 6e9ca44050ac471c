import { IdParams, TaxonomyList, TaxonomyTerm, TaxonomyTermInput, TaxonomyTermList } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { changeTerm, createTerm, getTaxonomies, getTerms } from './taxonomy-service.ts';

/** Taxonomies and their terms (the needs taxonomy is seeded; admins edit it). */
export async function taxonomyRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['directory'];

  app.get(
    '/api/directory/taxonomies',
    { schema: { tags, summary: 'Taxonomies', response: { 200: TaxonomyList } } },
    async (request) => ({ items: await getTaxonomies(db, request.ctx) }),
  );

  app.get(
    '/api/directory/taxonomy-terms',
    {
      schema: {
        tags,
        summary: 'Every term as a flat list in tree order, each with its depth',
        response: { 200: TaxonomyTermList },
      },
    },
    async (request) => ({ items: await getTerms(db, request.ctx) }),
  );

  app.post(
    '/api/directory/taxonomy-terms',
    {
      schema: { tags, summary: 'Add a term (directory admins)', body: TaxonomyTermInput, response: { 201: TaxonomyTerm } },
    },
    async (request, reply) => reply.status(201).send(await createTerm(db, request.ctx, request.body)),
  );

  app.put(
    '/api/directory/taxonomy-terms/:id',
    {
      schema: {
        tags,
        summary: 'Rename or move a term (directory admins); a term cannot move under itself',
        params: IdParams,
        body: TaxonomyTermInput,
        response: { 200: TaxonomyTerm },
      },
    },
    async (request) => changeTerm(db, request.ctx, request.params.id, request.body),
  );
}

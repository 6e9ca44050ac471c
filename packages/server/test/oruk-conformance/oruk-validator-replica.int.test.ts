import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KithApp } from '../../src/app.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { buildTestApp } from '../test-app.ts';
import { openFreshDatabase } from '../test-database.ts';
import { type ConformanceDirectory, DEFAULT_PER_PAGE, seedConformanceDirectory } from './conformance-directory.ts';
import { FULL_ORGANIZATION, FULL_SERVICE, FULL_SERVICE_AT_LOCATION } from './oruk-response-shapes.ts';
import { checkResponse } from './oruk-schema-checker.ts';
import { VALIDATOR_ENDPOINTS, versionTheValidatorReads } from './oruk-validator-endpoints.ts';
import { type EndpointOutcome, type FeedGet, problemLines, runValidatorReplica } from './oruk-validator-replica.ts';

/**
 * Does to a Kith feed what the official ORUK validator does (see oruk-validator-replica.ts), on
 * a directory of its own (a fresh database, so no other test's rows change the page counts), and
 * expects the dashboard's verdict to be "valid" with 0 schema problems.
 */
describe('the official ORUK validator, replayed against a Kith feed', () => {
  let app: KithApp;
  let closeDatabase: () => Promise<void>;
  let directory: ConformanceDirectory;
  let outcomes: EndpointOutcome[];
  /** Items each list holds: the seeded directory plus what the migrations put there (Kith's needs taxonomy). */
  const totals: Record<string, number> = {};
  const visited = new Set<string>();

  const get: FeedGet = async (path) => {
    // The validator sends a browser's User-Agent and nothing else of note.
    const answer = await app.inject({ method: 'GET', url: `/openreferral${path}`, headers: { 'user-agent': 'Mozilla/5.0' } });
    return { status: answer.statusCode, headers: answer.headers, body: answer.body };
  };
  const json = async (path: string) => JSON.parse((await get(path)).body);
  const outcome = (path: string) => outcomes.find((o) => o.path === path) as EndpointOutcome;
  const shapeOf = (path: string) => VALIDATOR_ENDPOINTS.find((e) => e.path === path)?.shape ?? FULL_SERVICE;

  beforeAll(async () => {
    const fresh = await openFreshDatabase();
    closeDatabase = fresh.close;
    await migrateDatabase(fresh.database);
    app = await buildTestApp({}, fresh.database);
    const before = { taxonomies: (await json('/taxonomies')).total_items, terms: (await json('/taxonomy_terms')).total_items };
    directory = await seedConformanceDirectory(app.kith.database.db);
    totals['/services'] = directory.serviceCount;
    totals['/service_at_locations'] = directory.serviceCount;
    totals['/taxonomies'] = before.taxonomies + directory.taxonomyCount;
    totals['/taxonomy_terms'] = before.terms + directory.taxonomyCount;
    outcomes = await runValidatorReplica(get, { visited });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await closeDatabase?.();
  });

  it('reads version 3.0 at the root, so it tests against the UK 3.0 API description', async () => {
    // It reads the base URL as the publisher gave it, with or without the trailing slash.
    for (const base of ['', '/']) expect(versionTheValidatorReads((await json(base)).version), base).toBe(3);
    expect(outcome('/').requests[0]?.status).toBe(200);
  });

  it('calls every endpoint on its list, list endpoints before their {id} endpoints', () => {
    expect(outcomes.map((o) => o.path)).toEqual([
      '/',
      '/services',
      '/services/{id}',
      '/taxonomies',
      '/taxonomies/{id}',
      '/taxonomy_terms',
      '/taxonomy_terms/{id}',
      '/service_at_locations',
      '/service_at_locations/{id}',
    ]);
    expect(new Set(outcomes.map((o) => o.path))).toEqual(new Set(VALIDATOR_ENDPOINTS.map((e) => e.path)));
  });

  it('asks each list for its first page, page ⌊total/2⌋ and its last page', () => {
    const urls = (path: string) => outcome(path).requests.map((r) => r.url);
    expect(urls('/services')).toEqual(['/services?page=1', '/services?page=2', '/services?page=5']);
    expect(urls('/service_at_locations')).toEqual([
      '/service_at_locations?page=1',
      '/service_at_locations?page=2',
      '/service_at_locations?page=5',
    ]);
    for (const list of ['/taxonomies', '/taxonomy_terms']) {
      const pages = Math.ceil((totals[list] as number) / DEFAULT_PER_PAGE);
      expect(pages, list).toBeGreaterThan(2);
      expect(urls(list)).toEqual([1, Math.floor(pages / 2), pages].map((page) => `${list}?page=${page}`));
    }
  });

  it('tries each {id} endpoint with the ids of the first page of its list', () => {
    for (const [list, detail] of [
      ['/services', '/services/{id}'],
      ['/taxonomies', '/taxonomies/{id}'],
      ['/taxonomy_terms', '/taxonomy_terms/{id}'],
      ['/service_at_locations', '/service_at_locations/{id}'],
    ] as const) {
      const ids = outcome(list).ids;
      expect(ids, list).toHaveLength(DEFAULT_PER_PAGE);
      expect(outcome(detail).requests.map((r) => r.url)).toEqual(ids.map((id) => detail.replace('{id}', id)));
    }
  });

  it('finds 0 schema problems: every endpoint passes and the feed shows as valid', () => {
    expect(problemLines(outcomes)).toEqual([]);
    expect(outcomes.map((o) => [o.path, o.verdict, o.warnings])).toEqual(outcomes.map((o) => [o.path, 'passed', []]));
  });

  it('reads consistent pages: size, totals, first and last page agree with the contents', () => {
    for (const [path, total] of Object.entries(totals)) {
      const pages = Math.ceil(total / DEFAULT_PER_PAGE);
      for (const request of outcome(path).requests) {
        const number = Number(new URL(request.url, 'http://feed').searchParams.get('page'));
        const page = request.json as Record<string, unknown> & { contents: unknown[] };
        const items = number < pages ? DEFAULT_PER_PAGE : total - DEFAULT_PER_PAGE * (pages - 1);
        expect(page, request.url).toEqual({
          total_items: total,
          total_pages: pages,
          page_number: number,
          size: items,
          first_page: number === 1,
          last_page: number === pages,
          empty: false,
          contents: expect.any(Array),
        });
        expect(page.contents, request.url).toHaveLength(items);
      }
    }
  });

  it('checked the nested records for real, not an empty feed', () => {
    const expected = [
      'contents[].organization_id',
      'contents[].service.status',
      'contents[].location.location_type',
      'organization.organization_identifiers[].identifier_type',
      'service_at_locations[].location.addresses[].postal_code',
      'service_at_locations[].location.accessibility[].id',
      'schedules[].freq',
      'service_areas[].id',
      'contacts[].id',
      'cost_options[].amount',
      'funding[].source',
      'languages[].id',
      'attributes[].taxonomy_term.name',
    ];
    expect(expected.filter((field) => !visited.has(field))).toEqual([]);
  });

  it("answers every request as JSON with CORS open (Kith's own check: the validator reads no headers)", () => {
    for (const request of outcomes.flatMap((o) => o.requests)) {
      expect(request.answer.headers['content-type'], request.url).toMatch(/^application\/json/);
      expect(request.answer.headers['access-control-allow-origin'], request.url).toBe('*');
    }
  });

  it('passes the validator on the richest services too, wherever they fall in the list', async () => {
    const fullVisited = new Set<string>();
    for (const service of directory.full) {
      expect(checkResponse(await json(`/services/${service.id}`), FULL_SERVICE, { visited: fullVisited })).toEqual([]);
      const sal = await json(`/service_at_locations/${service.serviceAtLocationId}`);
      expect(checkResponse(sal, FULL_SERVICE), 'as the validator reads it').toEqual([]);
      expect(checkResponse(sal, FULL_SERVICE_AT_LOCATION), 'in its own shape').toEqual([]);
      expect(checkResponse(await json(`/organizations/${service.organizationId}`), FULL_ORGANIZATION)).toEqual([]);
    }
    const storedFields = [
      'accreditations',
      'assurer_email',
      'last_modified',
      'schedules[].schedule_link',
      'schedules[].attending_type',
      'service_areas[].service_area',
      'service_at_locations[].location.external_identifier',
      'service_at_locations[].location.external_identifier_type',
      'service_at_locations[].location.accessibility[].details',
      'service_at_locations[].location.accessibility[].url',
      'organization.parent_organization_id',
      'organization.organization_identifiers[].identifier',
      'attributes[].taxonomy_term.taxonomy',
      'attributes[].taxonomy_term.term',
      'attributes[].taxonomy_term.parent_id',
      'organization.attributes[].taxonomy_term.name',
      'service_at_locations[].location.description',
      'service_at_locations[].location.addresses[].attention',
      'service_at_locations[].location.addresses[].region',
      'cost_options[].valid_from',
      'cost_options[].amount_description',
      'contacts[].title',
      'service_at_locations[].location.attributes[].taxonomy_term.name',
      'service_at_locations[].location.addresses[].attributes[].taxonomy_term.name',
      'service_at_locations[].location.accessibility[].attributes[].taxonomy_term.name',
      'organization.organization_identifiers[].attributes[].taxonomy_term.name',
      'contacts[].attributes[].taxonomy_term.name',
    ];
    expect(storedFields.filter((field) => !fullVisited.has(field))).toEqual([]);
  });

  it('meets every service once when every page is read (beyond the validator, which reads three)', async () => {
    for (const list of ['/services', '/service_at_locations']) {
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(directory.serviceCount / DEFAULT_PER_PAGE); page++) {
        const body = await json(`${list}?page=${page}`);
        expect(checkResponse(body, shapeOf(list)), `${list}?page=${page}`).toEqual([]);
        ids.push(...body.contents.map((item: { id: string }) => item.id));
      }
      expect(new Set(ids).size, list).toBe(directory.serviceCount);
    }
  });
});

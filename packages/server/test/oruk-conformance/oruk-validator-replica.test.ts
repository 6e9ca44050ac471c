import { describe, expect, it } from 'vitest';
import { versionTheValidatorReads } from './oruk-validator-endpoints.ts';
import { type FeedAnswer, problemLines, runValidatorReplica } from './oruk-validator-replica.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const service = (n: number) => ({ id: uuid(n), name: `Service ${n}`, status: 'active' });

const EMPTY_PAGE = {
  total_items: 0,
  total_pages: 1,
  page_number: 1,
  size: 0,
  first_page: true,
  last_page: true,
  empty: true,
  contents: [],
};

/**
 * A tiny feed in memory: `items` services across pages of `perPage`, each service with one
 * service-at-location of the same number. `salDetail` shapes `/service_at_locations/{id}`.
 */
function fakeFeed(items: number, perPage: number, salDetail: (n: number) => object) {
  const asked: string[] = [];
  const answer = (status: number, body: unknown): FeedAnswer => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const page = (number: number, make: (n: number) => object) => {
    const all = Array.from({ length: items }, (_, i) => make(i + 1));
    const contents = all.slice((number - 1) * perPage, number * perPage);
    const pages = Math.ceil(items / perPage);
    return {
      total_items: items,
      total_pages: pages,
      page_number: number,
      size: contents.length,
      first_page: number === 1,
      last_page: number === pages,
      empty: !contents.length,
      contents,
    };
  };
  const get = async (url: string) => {
    asked.push(url);
    const [path, query] = url.split('?');
    const number = Number(new URLSearchParams(query).get('page') ?? 1);
    const id = Number(path?.split('/')[2]?.slice(-12));
    if (path === '/') return answer(200, { version: 'HSDS-UK-3.0', openapi_url: 'https://example.org/openapi.json' });
    if (path === '/services') return answer(200, page(number, service));
    if (path?.startsWith('/services/')) return answer(200, service(id));
    if (path === '/service_at_locations')
      return answer(
        200,
        page(number, (n) => ({ id: uuid(n), service: service(n) })),
      );
    if (path?.startsWith('/service_at_locations/')) return answer(200, salDetail(id));
    if (path === '/taxonomies' || path === '/taxonomy_terms') return answer(200, EMPTY_PAGE);
    return answer(404, { message: 'no such thing' });
  };
  return { get, asked };
}

describe('the validator replica', () => {
  it('fails a service-at-location detail without the service fields the validator requires (issue 17 point 3)', async () => {
    const { get } = fakeFeed(3, 50, (n) => ({
      id: uuid(n),
      service_id: uuid(n),
      location: { id: uuid(n + 100), location_type: 'physical' },
    }));
    const outcomes = await runValidatorReplica(get);
    const detail = outcomes.find((o) => o.path === '/service_at_locations/{id}');
    expect(detail?.verdict).toBe('failed');
    expect(problemLines(outcomes)).toContain(`/service_at_locations/${uuid(1)} $.name: required service field is missing`);
    expect(problemLines(outcomes)).toContain(`/service_at_locations/${uuid(1)} $.status: required service field is missing`);
  });

  it('asks for pages 1, ⌊total/2⌋ and the last, and tries every id of page 1', async () => {
    const { get, asked } = fakeFeed(23, 4, (n) => ({ ...service(n), service_id: uuid(n) }));
    const outcomes = await runValidatorReplica(get);
    expect(asked.filter((url) => url.startsWith('/services?'))).toEqual([
      '/services?page=1',
      '/services?page=3',
      '/services?page=6',
    ]);
    expect(asked.filter((url) => url.startsWith('/services/'))).toEqual([1, 2, 3, 4].map((n) => `/services/${uuid(n)}`));
    expect(outcomes.find((o) => o.path === '/services')?.verdict).toBe('passed');
  });

  it('fails a required endpoint that does not answer 2xx, and warns on an empty list', async () => {
    const { get } = fakeFeed(0, 50, () => ({}));
    const outcomes = await runValidatorReplica(get);
    expect(outcomes.find((o) => o.path === '/services')).toMatchObject({ verdict: 'passed with warnings', ids: [] });
    expect(outcomes.find((o) => o.path === '/services/{id}')?.warnings).toEqual([
      'no ids to try /services/{id} with: not tested',
    ]);
    const failing = async (url: string) => (url.startsWith('/taxonomies') ? { status: 500, headers: {}, body: '{}' } : get(url));
    const failed = await runValidatorReplica(failing);
    expect(failed.find((o) => o.path === '/taxonomies')?.verdict).toBe('failed');
  });

  it('reads the version at the root as the validator does', () => {
    expect(versionTheValidatorReads('HSDS-UK-3.0')).toBe(3);
    expect(versionTheValidatorReads('V3')).toBe(3);
    expect(versionTheValidatorReads('3.0')).toBe(3);
    expect(versionTheValidatorReads('three')).toBeNull();
    expect(versionTheValidatorReads(undefined)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { discoverRoutes, FUZZ_RUNS } from './fuzz-kith.ts';
import { fuzzRoute, fuzzTimeout, useFuzzKith } from './fuzz-requests.ts';

/**
 * Property-based fuzzing of the read routes' query strings and path parameters (search, filters,
 * paging, report parameters): values from each parameter's schema, hostile strings, repeated
 * keys and unknown keys. Same properties as the write routes: no 5xx, every 4xx in the error
 * shape, nothing written on a 4xx. A third of `KITH_FUZZ_RUNS` cases per route.
 */
const RUNS = Math.max(30, Math.round(FUZZ_RUNS / 3));
const routes = await discoverRoutes(
  (r) => r.method === 'GET' && (Object.keys(r.query).length > 0 || Object.keys(r.params).length > 0),
);

describe('fuzzing the read routes’ parameters', () => {
  const kith = useFuzzKith();

  it('finds the searchable read routes', () => {
    expect(routes).toContain('GET /api/directory/services');
    expect(routes).toContain('GET /api/people');
  });

  it.each(routes)(
    '%s: no 5xx, 4xx in the error shape, nothing written on a 4xx',
    async (key) => {
      await fuzzRoute(kith(), key, RUNS);
    },
    fuzzTimeout(RUNS),
  );
});

import { describe, expect, it } from 'vitest';
import { discoverRoutes, FUZZ_RUNS, runsFor } from './fuzz-kith.ts';
import { fuzzRoute, fuzzTimeout, useFuzzKith } from './fuzz-requests.ts';

/**
 * Property-based fuzzing of every write route in the OpenAPI document (issue 12): bodies drawn
 * from each route's own schema, then broken in one place with hostile values (NUL, lone
 * surrogates, overflowing numbers, prototype keys, deep nesting, wrong types, nulls), sent by
 * every demo role and anonymously. `KITH_FUZZ_RUNS` sets cases per route (300 here; `npm run fuzz`
 * runs 10,000; the light routes of fuzz-kith.ts get a third). A failure prints the route, the
 * shrunk request and the seed to replay it with
 * (`KITH_FUZZ_SEED=<seed>`).
 */
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Signing out would end the sessions the fuzzer sends with; it has no input to fuzz anyway. */
const NOT_FUZZED = new Set(['DELETE /api/session']);

const routes = await discoverRoutes((r) => WRITE_METHODS.has(r.method) && !NOT_FUZZED.has(`${r.method} ${r.path}`));

describe('fuzzing the write routes', () => {
  const kith = useFuzzKith();

  it('finds the write routes', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes).toContain('POST /api/referrals');
  });

  it.each(routes)(
    '%s: no 5xx, 4xx in the error shape, nothing written on a 4xx',
    async (key) => {
      // Earlier routes created records (posts, rounds, concerns…) that this one can now address.
      await kith().refreshIds();
      await fuzzRoute(kith(), key, runsFor(key, FUZZ_RUNS));
    },
    fuzzTimeout(FUZZ_RUNS),
  );
});

import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, vi } from 'vitest';
import { type FuzzKith, type FuzzRoute, responseProblem, startFuzzKith, unexpectedChanges } from './fuzz-kith.ts';
import {
  type BodyCase,
  bodyCases,
  fromSchema,
  hostileNumbers,
  hostileStrings,
  hostileValue,
  stringValue,
} from './schema-arbitrary.ts';

/** One generated request for a route. */
export interface RequestCase {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: BodyCase | null;
  /** Index into the signed-in sessions; one past the end is an anonymous request. */
  session: number;
  idempotencyKey: string | null;
  ip: string;
}

/** `encodeURIComponent`, except that lone surrogates become the bytes a hostile client would send. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value
      .split('')
      .map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch)))
      .join('');
  }
}

function record<T>(entries: [string, fc.Arbitrary<T>][], required: boolean): fc.Arbitrary<Record<string, T>> {
  const model = Object.fromEntries(entries);
  return fc.record(model, required ? {} : { requiredKeys: [] }) as fc.Arbitrary<Record<string, T>>;
}

export function requestCases(kith: FuzzKith, route: FuzzRoute): fc.Arbitrary<RequestCase> {
  const params = record(
    Object.keys(route.params).map((name) => {
      const pool = kith.pathIds(`${route.path}#${name}`);
      const fromPool = pool.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...pool) }] : [];
      const value = fc.oneof(
        ...fromPool,
        { weight: 2, arbitrary: stringValue(route.params[name] ?? {}, kith.ids, name) },
        { weight: 1, arbitrary: fc.uuid() },
      );
      return [name, value];
    }),
    true,
  );
  // Query strings: values from each parameter's schema, then (often) one parameter — or an
  // unknown or prototype key — given a hostile value or repeated.
  const names = Object.keys(route.query);
  const validQuery = record(
    Object.entries(route.query).map(([name, schema]) => [
      name,
      fromSchema(schema, kith.ids, name).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
    ]),
    false,
  );
  const hostileText = fc.constantFrom(...hostileStrings, ...hostileNumbers.map(String));
  const poison = fc.option(
    fc.tuple(
      fc.constantFrom(...names, ...names, '__proto__', 'constructor', 'unknownParameter'),
      fc.oneof(hostileText, fc.array(hostileText, { minLength: 2, maxLength: 3 }), stringValue({}, kith.ids, 'x')),
    ),
    { nil: null, freq: 3 },
  );
  const query = fc.tuple(validQuery, poison).map(([valid, bad]) => {
    const out: Record<string, string | string[]> = { ...valid };
    if (bad) Object.defineProperty(out, bad[0], { value: bad[1], enumerable: true, writable: true, configurable: true });
    return out;
  });
  const body: fc.Arbitrary<BodyCase | null> = route.body
    ? bodyCases(route.body, kith.ids)
    : fc.option(hostileValue.map((value): BodyCase => ({ kind: 'json', value })));
  return fc.record({
    params,
    query,
    body,
    // Mostly signed in (each demo role in turn reaches different rules), sometimes anonymous.
    session: fc.nat({ max: kith.sessions.length }),
    idempotencyKey: 'idempotency-key' in route.headers ? fc.option(fc.uuid()) : fc.constant(null),
    // Per-address rate limits (self-referral) would otherwise answer 429 to nearly every case.
    ip: fc.ipV4(),
  });
}

export async function send(kith: FuzzKith, route: FuzzRoute, c: RequestCase): Promise<LightMyRequestResponse> {
  const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(c.params[name] ?? ''));
  const session = kith.sessions[c.session];
  const headers: Record<string, string> = {};
  if (session) Object.assign(headers, route.method === 'GET' ? { cookie: session.cookie } : session.writeHeaders);
  if (c.idempotencyKey) headers['idempotency-key'] = c.idempotencyKey;
  let payload: string | undefined;
  if (c.body) {
    headers['content-type'] = 'application/json';
    payload = c.body.kind === 'raw' ? c.body.text : JSON.stringify(c.body.value);
  }
  const query = Object.entries(c.query)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeSegment(key)}=${encodeSegment(v)}`))
    .join('&');
  return kith.app.inject({
    method: route.method as 'GET',
    url: query ? `${url}?${query}` : url,
    headers,
    payload,
    remoteAddress: c.ip,
  });
}

/**
 * The property every request must satisfy: no 5xx, every 4xx in the one error shape, and
 * nothing written when the answer is a 4xx (beyond the refusal's own audit record).
 */
export async function checkRequest(kith: FuzzKith, route: FuzzRoute, c: RequestCase): Promise<void> {
  const response = await send(kith, route, c);
  tally(route, response);
  const problem = responseProblem(response);
  const changes = await kith.changesSince();
  // KITH_FUZZ_TRACE=<file>: one line per request (status, request id, case, rows changed), to
  // read what led up to a failure that depends on earlier requests.
  if (process.env.KITH_FUZZ_TRACE) {
    const { appendFileSync } = await import('node:fs');
    appendFileSync(
      process.env.KITH_FUZZ_TRACE,
      `${response.statusCode} ${response.headers['x-request-id']} ${JSON.stringify(c).slice(0, 160)} ${JSON.stringify(changes)}\n`,
    );
  }
  if (problem) throw new Error(`${route.method} ${route.path}: ${problem}`);
  const requestId =
    response.headers['x-request-id'] ??
    (response.statusCode >= 400 ? (response.json() as { requestId?: string }).requestId : undefined);
  if (response.statusCode >= 400) {
    const unexpected = unexpectedChanges(changes, response.statusCode, typeof requestId === 'string' ? requestId : undefined);
    if (unexpected.length > 0) {
      const what = unexpected
        .map(
          (u) =>
            `${u.op} ${u.tbl}${u.action ? ` (${u.action} for request ${u.requestId}, this one ${(response.json() as { requestId?: string }).requestId})` : ''}`,
        )
        .join(', ');
      throw new Error(
        `${route.method} ${route.path}: answered ${response.statusCode} but wrote: ${what} (the request before it answered ${previous})`,
      );
    }
  }
  previous = `${response.statusCode} ${response.body.slice(0, 200)} to ${JSON.stringify(c).slice(0, 300)} with ${JSON.stringify(changes)}`;
}

/** The answer to the request before, for telling a late write from an earlier request apart. */
let previous = 'nothing';

/** Keeps fuzzed imports and anything else from reaching beyond this machine. */
export function loopbackOnlyFetch(original: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
      return Promise.reject(new TypeError(`fuzzing never leaves this machine (${url.hostname})`));
    }
    return original(input, init);
  };
}

/**
 * `KITH_FUZZ_SEED` replays a reported failure. `npm test` uses a fixed seed, so the suite gives
 * the same answer every run; `npm run fuzz` (which sets KITH_FUZZ_RUNS) explores new cases each time.
 */
export function fuzzSeed(): { seed?: number } {
  if (process.env.KITH_FUZZ_SEED) return { seed: Number(process.env.KITH_FUZZ_SEED) };
  return process.env.KITH_FUZZ_RUNS ? {} : { seed: 20_261_207 };
}

export function fuzzTimeout(runs: number): number {
  return 60_000 + runs * 200;
}

/** Statuses per route, printed with KITH_FUZZ_STATS=1 to see how deep the cases reach. */
const statuses = new Map<string, Map<string, number>>();

function tally(route: FuzzRoute, response: LightMyRequestResponse): void {
  if (!process.env.KITH_FUZZ_STATS) return;
  const key = `${route.method} ${route.path}`;
  const counts = statuses.get(key) ?? new Map<string, number>();
  const code =
    response.statusCode >= 400
      ? `${response.statusCode} ${(response.json() as { error?: string }).error}`
      : String(response.statusCode);
  counts.set(code, (counts.get(code) ?? 0) + 1);
  statuses.set(key, counts);
}

export function printStatuses(): void {
  if (!process.env.KITH_FUZZ_STATS) return;
  const lines = [...statuses].map(([key, counts]) => `${key}  ${[...counts].map(([c, n]) => `${c}:${n}`).join(' ')}`);
  process.stdout.write(`\n${lines.join('\n')}\n`);
}

/**
 * Starts the fuzzing target before a file's tests (with `fetch` kept on this machine) and stops
 * it after them; the returned getter gives the running target.
 */
export function useFuzzKith(): () => FuzzKith {
  let kith: FuzzKith | undefined;
  beforeAll(async () => {
    vi.stubGlobal('fetch', loopbackOnlyFetch(fetch));
    kith = await startFuzzKith();
  }, 300_000);
  afterAll(async () => {
    vi.unstubAllGlobals();
    printStatuses();
    await kith?.close();
  });
  return () => {
    if (!kith) throw new Error('the fuzzing target has not started');
    return kith;
  };
}

/** Sends `runs` generated cases to one route (`"METHOD /path"`), each checked by {@link checkRequest}. */
export async function fuzzRoute(kith: FuzzKith, key: string, runs: number): Promise<void> {
  const route = kith.routes.find((r) => `${r.method} ${r.path}` === key);
  if (!route) throw new Error(`no route ${key}`);
  await kith.changesSince();
  await fc.assert(
    fc.asyncProperty(requestCases(kith, route), (c) => checkRequest(kith, route, c)),
    { numRuns: runs, endOnFailure: false, ...fuzzSeed() },
  );
}

import { checkResponse, type SchemaProblem } from './oruk-schema-checker.ts';
import { rootPath, VALIDATOR_ENDPOINTS, type ValidatorEndpoint } from './oruk-validator-endpoints.ts';

/**
 * Kith's replica of what the official validator does to a feed (OpenReferralUK/oruk-validator,
 * OpenApiValidationService.TestEndpointsAsync and the methods it calls), written from its
 * behaviour, not its code:
 *  - endpoints are grouped by root path in the API description's order; in each group the list
 *    endpoint is called first, then the `{id}` endpoints with ids taken from its answer;
 *  - a paged list is asked for `?page=1`; if that page has no items the endpoint passes with a
 *    warning and nothing more is asked; if `total_pages` > 1 it asks for the last page, and also
 *    for page ⌊total_pages / 2⌋ when there are more than 2 pages;
 *  - ids are the `id` of each item in `contents` of the first page; the validator tries up to 10
 *    of them chosen at random, this replica tries every one (so whichever it picks is covered);
 *  - each 2xx answer is checked against the schema the API description gives for a 200; any
 *    schema error, or any non-2xx answer from these required endpoints, fails the endpoint, and one
 *    failed endpoint makes the feed invalid on the dashboard.
 * The validator checks no headers (content type, CORS); Kith's own tests do that.
 */
export interface FeedAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

export type FeedGet = (path: string) => Promise<FeedAnswer>;

export interface RequestOutcome {
  url: string;
  status: number;
  problems: SchemaProblem[];
  answer: FeedAnswer;
  json: unknown;
}

export interface EndpointOutcome {
  path: string;
  verdict: 'passed' | 'passed with warnings' | 'failed';
  requests: RequestOutcome[];
  warnings: string[];
  /** For a list endpoint: the ids its `{id}` endpoints were tried with. */
  ids: string[];
}

export interface ReplicaOptions {
  /** Passed to the checker: every field path checked, across all answers. */
  visited?: Set<string>;
}

export async function runValidatorReplica(get: FeedGet, options: ReplicaOptions = {}): Promise<EndpointOutcome[]> {
  const outcomes: EndpointOutcome[] = [];
  const groups = new Map<string, ValidatorEndpoint[]>();
  for (const endpoint of VALIDATOR_ENDPOINTS) {
    const root = rootPath(endpoint.path);
    groups.set(root, [...(groups.get(root) ?? []), endpoint]);
  }
  for (const endpoints of groups.values()) {
    const idsByRoot: string[] = [];
    for (const endpoint of endpoints.filter((e) => !e.path.includes('{'))) {
      const outcome = await testListOrSingle(get, endpoint, options);
      idsByRoot.push(...outcome.ids);
      outcomes.push(outcome);
    }
    for (const endpoint of endpoints.filter((e) => e.path.includes('{'))) {
      outcomes.push(await testWithIds(get, endpoint, [...new Set(idsByRoot)], options));
    }
  }
  return outcomes;
}

async function testListOrSingle(get: FeedGet, endpoint: ValidatorEndpoint, options: ReplicaOptions): Promise<EndpointOutcome> {
  const outcome: EndpointOutcome = { path: endpoint.path, verdict: 'passed', requests: [], warnings: [], ids: [] };
  const first = await request(get, endpoint.paged ? `${endpoint.path}?page=1` : endpoint.path, endpoint, options);
  outcome.requests.push(first);
  if (isSuccess(first.status)) outcome.ids = idsIn(first.json);
  if (endpoint.paged && isSuccess(first.status)) {
    const page = first.json as { contents?: unknown; size?: unknown; total_pages?: unknown };
    const items = Array.isArray(page.contents) ? page.contents.length : Number(page.size ?? 0);
    if (!items) {
      outcome.warnings.push(`${endpoint.path} returned 0 items`);
    } else if (typeof page.total_pages === 'number' && page.total_pages > 1) {
      const pages = page.total_pages > 2 ? [Math.floor(page.total_pages / 2), page.total_pages] : [page.total_pages];
      for (const number of pages) outcome.requests.push(await request(get, `${endpoint.path}?page=${number}`, endpoint, options));
    }
  }
  return withVerdict(outcome);
}

async function testWithIds(
  get: FeedGet,
  endpoint: ValidatorEndpoint,
  ids: string[],
  options: ReplicaOptions,
): Promise<EndpointOutcome> {
  const outcome: EndpointOutcome = { path: endpoint.path, verdict: 'passed', requests: [], warnings: [], ids };
  if (!ids.length) outcome.warnings.push(`no ids to try ${endpoint.path} with: not tested`);
  for (const id of ids) {
    outcome.requests.push(await request(get, endpoint.path.replace(/\{[^}]+\}/g, encodeURIComponent(id)), endpoint, options));
  }
  return withVerdict(outcome);
}

async function request(get: FeedGet, url: string, endpoint: ValidatorEndpoint, options: ReplicaOptions): Promise<RequestOutcome> {
  const answer = await get(url);
  const outcome: RequestOutcome = { url, status: answer.status, problems: [], answer, json: undefined };
  if (!isSuccess(answer.status)) {
    outcome.problems.push({ path: '$', problem: `required endpoint answered ${answer.status}, not 2xx` });
    return outcome;
  }
  try {
    outcome.json = JSON.parse(answer.body);
  } catch {
    outcome.problems.push({ path: '$', problem: 'the answer is not JSON' });
    return outcome;
  }
  outcome.problems.push(...checkResponse(outcome.json, endpoint.shape, { visited: options.visited }));
  return outcome;
}

/** The `id` of each item in a page's `contents` (the first id-like field of the item schema is `id`). */
function idsIn(json: unknown): string[] {
  const contents = (json as { contents?: unknown } | null)?.contents;
  if (!Array.isArray(contents)) return [];
  return contents
    .map((item) => (item as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '');
}

function withVerdict(outcome: EndpointOutcome): EndpointOutcome {
  const failed = outcome.requests.some((r) => r.problems.length > 0);
  outcome.verdict = failed ? 'failed' : outcome.warnings.length ? 'passed with warnings' : 'passed';
  return outcome;
}

const isSuccess = (status: number) => status >= 200 && status < 300;

/** Every problem of a run, one line each, for an assertion message. */
export function problemLines(outcomes: EndpointOutcome[]): string[] {
  return outcomes.flatMap((o) => o.requests.flatMap((r) => r.problems.map((p) => `${r.url} ${p.path}: ${p.problem}`)));
}

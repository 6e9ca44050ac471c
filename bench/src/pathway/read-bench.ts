import http from 'node:http';
import { hashSessionToken } from '@kith/server/modules/session/session-tokens.ts';
import { mean, percentile, ratio, roundTo } from '../support/statistics.ts';
import { AUDIT_EVENT, CASELOAD, ORGANISATION_SUBTREE, PERSON_BY_ID, PERSON_TIMELINE, SESSION_ACTOR } from './baseline-sql.ts';
import { PATHWAY_SETTINGS } from './pathway-settings.ts';
import type { RawSql } from './raw-sql.ts';

export type ReadEndpoint = 'caseload' | 'timeline';

/** Percentiles of one series of sequential timings, milliseconds. */
export interface LatencySummary {
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export interface ReadComparison {
  endpoint: ReadEndpoint;
  route: string;
  /** Timed iterations actually run: fewer than configured when the time cap stopped the loop. */
  samples: number;
  stoppedByTimeCap: boolean;
  /** The real API over HTTP on loopback, response body read to the end. */
  api: LatencySummary;
  /** Every statement the request runs (session, scope, lookups, the query, the audit insert), one by one. */
  sql: LatencySummary;
  /** Only the endpoint's main query: context for how much of the request the data itself is. */
  mainQuery: LatencySummary;
  /** API ÷ SQL (same statements), per percentile. Above 1 means the API is slower. */
  ratio: { p50: number | null; p95: number | null };
  /** API ÷ main query only. */
  ratioToMainQuery: { p50: number | null; p95: number | null };
  /** What the first API response and the first SQL run returned, to show they did the same work. */
  check: { apiItems: number; sqlRows: number; responseBytes: number };
  /** Tables the main query's plan reads with a sequential scan (EXPLAIN, after the timed loop). */
  seqScans: string[];
}

/** The signed-in measured worker and the records the read baselines need. */
export interface ReadContext {
  origin: string;
  cookie: string;
  sessionToken: string;
  workerId: string;
  pcnId: string;
  personId: string;
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** GET over one kept-alive loopback connection; resolves once the whole body has arrived. */
function httpGet(url: string, cookie: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: keepAlive, headers: { cookie, accept: 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

interface Sides {
  api: () => Promise<{ items: number; bytes: number }>;
  sql: () => Promise<number>;
  mainQuery: () => Promise<number>;
  explain: () => Promise<string[]>;
}

interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** The tables a statement's plan scans sequentially: at this scale, usually a missing index. */
export async function seqScannedTables(sql: RawSql, text: string, params: unknown[]): Promise<string[]> {
  const [row] = await sql.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${text}`, params);
  const raw = row?.['QUERY PLAN'];
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  const tables = new Set<string>();
  const walk = (node: PlanNode) => {
    if (node['Node Type']?.includes('Seq Scan') && node['Relation Name']) tables.add(node['Relation Name']);
    for (const child of node.Plans ?? []) walk(child);
  };
  for (const entry of parsed) walk(entry.Plan);
  return [...tables].sort();
}

let requestCounter = 0;

/** The three ways of doing one endpoint's work: the API, its statements by hand, and its main query alone. */
function sidesFor(endpoint: ReadEndpoint, context: ReadContext, sql: RawSql): Sides {
  const tokenHash = hashSessionToken(context.sessionToken);
  const audit = (action: string, recordType: string, recordId: string, detail: unknown) =>
    sql.query(AUDIT_EVENT, [
      context.workerId,
      'link_worker',
      context.pcnId,
      action,
      recordType,
      recordId,
      `bench-sql-${++requestCounter}`,
      detail === null ? null : JSON.stringify(detail),
    ]);
  // Lists page (issue 12): the API returns its largest page (200) and counts every row in `total`.
  const apiCall = async (path: string, countItems: (body: { items: unknown[]; total: number }) => number) => {
    const { status, body } = await httpGet(`${context.origin}${path}`, context.cookie);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${body.toString('utf8').slice(0, 300)}`);
    return { items: countItems(JSON.parse(body.toString('utf8')) as { items: unknown[]; total: number }), bytes: body.length };
  };

  if (endpoint === 'caseload') {
    const mainQuery = async () => (await sql.query(CASELOAD, [context.workerId])).length;
    return {
      explain: () => seqScannedTables(sql, CASELOAD, [context.workerId]),
      api: () => apiCall('/api/caseload?pageSize=200', (body) => body.total),
      sql: async () => {
        await sql.query(SESSION_ACTOR, [tokenHash]);
        const rows = await mainQuery();
        await audit('list', 'caseload', context.workerId, { count: rows });
        return rows;
      },
      mainQuery,
    };
  }
  const mainQuery = async () => (await sql.query(PERSON_TIMELINE, [context.personId])).length;
  return {
    explain: () => seqScannedTables(sql, PERSON_TIMELINE, [context.personId]),
    api: () => apiCall(`/api/people/${context.personId}/timeline?pageSize=200`, (body) => body.total),
    sql: async () => {
      await sql.query(SESSION_ACTOR, [tokenHash]);
      await sql.query(ORGANISATION_SUBTREE, [context.pcnId]);
      await sql.query(PERSON_BY_ID, [context.personId]);
      const rows = await mainQuery();
      await audit('read', 'person_timeline', context.personId, null);
      return rows;
    },
    mainQuery,
  };
}

function summarise(timings: number[]): LatencySummary {
  const round = (value: number) => roundTo(value, 3);
  return {
    p50: round(percentile(timings, 50)),
    p95: round(percentile(timings, 95)),
    mean: round(mean(timings)),
    min: round(Math.min(...timings)),
    max: round(Math.max(...timings)),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const ROUTES: Record<ReadEndpoint, string> = {
  caseload: 'GET /api/caseload',
  timeline: 'GET /api/people/:id/timeline',
};

/**
 * Times `samples` sequential iterations after `warmUp` untimed ones. Each iteration runs the API,
 * the SQL baseline and the main query once, rotating which goes first, so drift on a shared
 * machine and any cache warmed by the previous call affect all three alike.
 */
export async function measureRead(
  endpoint: ReadEndpoint,
  context: ReadContext,
  sql: RawSql,
  log: (line: string) => void,
): Promise<ReadComparison> {
  const { samples, warmUp, maxSecondsPerEndpoint, minimumSamples } = PATHWAY_SETTINGS.reads;
  const sides = sidesFor(endpoint, context, sql);
  const first = await sides.api();
  const sqlRows = await sides.sql();
  const check = { apiItems: first.items, sqlRows, responseBytes: first.bytes };

  const order = [sides.api, sides.sql, sides.mainQuery];
  const timings: [number[], number[], number[]] = [[], [], []];
  let timedFrom = performance.now();
  let stoppedByTimeCap = false;
  for (let iteration = 0; iteration < warmUp + samples; iteration++) {
    if (iteration === warmUp) timedFrom = performance.now();
    const done = iteration - warmUp;
    if (done >= minimumSamples && performance.now() - timedFrom > maxSecondsPerEndpoint * 1000) {
      stoppedByTimeCap = true;
      break;
    }
    for (let step = 0; step < order.length; step++) {
      const side = (iteration + step) % order.length;
      const elapsed = await timed(order[side] as () => Promise<unknown>);
      if (iteration >= warmUp) timings[side]?.push(elapsed);
    }
  }
  const [api, sqlSide, mainQuery] = timings.map(summarise) as [LatencySummary, LatencySummary, LatencySummary];
  const seqScans = await sides.explain();
  const divide = (subject: number, baseline: number) => {
    const value = ratio(subject, baseline);
    return value === null ? null : roundTo(value, 2);
  };
  const comparison: ReadComparison = {
    endpoint,
    route: ROUTES[endpoint],
    samples: timings[0].length,
    stoppedByTimeCap,
    api,
    sql: sqlSide,
    mainQuery,
    ratio: { p50: divide(api.p50, sqlSide.p50), p95: divide(api.p95, sqlSide.p95) },
    ratioToMainQuery: { p50: divide(api.p50, mainQuery.p50), p95: divide(api.p95, mainQuery.p95) },
    check,
    seqScans,
  };
  log(
    `  ${sql.backend} ${ROUTES[endpoint]}: API p50 ${api.p50.toFixed(2)} / p95 ${api.p95.toFixed(2)} ms, ` +
      `SQL p50 ${sqlSide.p50.toFixed(2)} / p95 ${sqlSide.p95.toFixed(2)} ms → ×${comparison.ratio.p50} / ×${comparison.ratio.p95}` +
      ` (${check.apiItems} items; SQL ${check.sqlRows} rows; ${comparison.samples} samples` +
      `${stoppedByTimeCap ? ', STOPPED BY TIME CAP' : ''}${seqScans.length ? `; seq scans: ${seqScans.join(', ')}` : ''})`,
  );
  return comparison;
}

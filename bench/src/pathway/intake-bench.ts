import path from 'node:path';
import { allowedTransitions } from '@kith/shared';
import autocannon from 'autocannon';
import { failuresOf, type LoadRun, loadRunFromAutocannon } from '../support/load-run.ts';
import { mean, percentile, ratio, roundTo } from '../support/statistics.ts';
import {
  AUDIT_EVENT,
  INSERT_IDEMPOTENCY_KEY,
  INSERT_PERSON,
  INSERT_RECEIVED_TRANSITION,
  INSERT_REFERRAL,
  REFERRAL_REASONS,
} from './baseline-sql.ts';
import { type IntakeReferral, intakeReferral, requestHash } from './intake-bodies.ts';
import { NHS_NUMBER_BLOCKS } from './nhs-numbers.ts';
import { PATHWAY_SETTINGS } from './pathway-settings.ts';
import type { Query, RawSql } from './raw-sql.ts';

/** Loaded by autocannon's worker thread with require(). */
const SETUP_REQUEST_MODULE = path.join(import.meta.dirname, 'intake-request.cts');

/** Spare pool entries per run: autocannon may build a request per connection that it never sends. */
const POOL_MARGIN_PER_CONNECTION = 2;

/** The signed-in measured worker (a link worker may refer) and where referrals go. */
export interface IntakeContext {
  origin: string;
  writeHeaders: Record<string, string>;
  workerId: string;
  pcnId: string;
  practiceIds: string[];
}

export interface IntakeComparison {
  connections: number;
  requestsPerRound: number;
  /** Kith `POST /api/referrals` through autocannon, one entry per round. */
  api: LoadRun[];
  /** The same rows by plain INSERTs (one transaction per referral, same concurrency), one entry per round. */
  sql: LoadRun[];
  totals: {
    apiRequestsPerSecond: number;
    sqlReferralsPerSecond: number;
    /** API ÷ SQL over all rounds; below 1 means the API creates fewer referrals per second. */
    ratio: number | null;
    perRoundRatios: (number | null)[];
  };
  /** Referrals the API runs actually created, against the 2xx responses counted (should match). */
  check: { apiReferralsCreated: number; api2xx: number };
}

interface Names {
  workerName: string;
  pcnName: string;
  reasons: Map<string, { label: string; snomedCode: string | null }>;
}

async function loadNames(sql: RawSql, context: IntakeContext): Promise<Names> {
  const [worker] = await sql.query<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [context.workerId]);
  const [pcn] = await sql.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [context.pcnId]);
  const reasons = await sql.query<{ code: string; label: string; snomed_code: string | null }>(REFERRAL_REASONS);
  if (!worker || !pcn) throw new Error('the measured worker or the PCN is missing');
  return {
    workerName: worker.display_name,
    pcnName: pcn.name,
    reasons: new Map(reasons.map((row) => [row.code, { label: row.label, snomedCode: row.snomed_code }])),
  };
}

let sqlRequestCounter = 0;

/**
 * The rows `POST /api/referrals` writes for a new person, by hand in one transaction: the person
 * and its audit event, the referral and its audit event, the "received" status row and its audit
 * event, and the Idempotency-Key row holding the response (built here from the inserted rows).
 */
async function insertReferralRows(query: Query, referral: IntakeReferral, context: IntakeContext, names: Names): Promise<void> {
  const { body } = referral;
  const person = body.person;
  if (!person) throw new Error('intake referrals always carry a new person');
  const requestId = `bench-sql-intake-${++sqlRequestCounter}`;
  const audit = (action: string, recordType: string, recordId: string, detail: unknown) =>
    query(AUDIT_EVENT, [
      context.workerId,
      'link_worker',
      context.pcnId,
      action,
      recordType,
      recordId,
      requestId,
      detail === null ? null : JSON.stringify(detail),
    ]);

  const [personRow] = await query<{ id: string }>(INSERT_PERSON, [
    context.pcnId,
    person.nhsNumber,
    person.givenName,
    person.familyName,
    person.dateOfBirth,
    person.sex,
    person.addressLine1,
    person.town,
    person.postcode,
    person.phone,
    person.preferredContactMethod,
    person.registeredPracticeId,
  ]);
  if (!personRow) throw new Error('INSERT INTO people returned no row');
  await audit('create', 'person', personRow.id, null);
  const [row] = await query<{ id: string; consent_recorded_at: Date; created_at: Date; updated_at: Date }>(INSERT_REFERRAL, [
    context.pcnId,
    personRow.id,
    body.source,
    [...new Set(body.reasons)],
    body.notes ?? null,
    body.urgency,
    context.workerId,
    names.workerName,
    names.pcnName,
    body.consent.toReferral,
    body.consent.toDataSharing,
    context.workerId,
  ]);
  if (!row) throw new Error('INSERT INTO referrals returned no row');
  await audit('create', 'referral', row.id, { source: body.source });
  const [transition] = await query<{ at: Date }>(INSERT_RECEIVED_TRANSITION, [row.id, context.workerId]);
  await audit('state_change', 'referral', row.id, { from: 'received', to: 'received' });

  const response = {
    id: row.id,
    organisationId: context.pcnId,
    person: {
      id: personRow.id,
      givenName: person.givenName,
      familyName: person.familyName,
      nhsNumber: person.nhsNumber ?? null,
      dateOfBirth: person.dateOfBirth ?? null,
      postcode: person.postcode ?? null,
    },
    source: body.source,
    status: 'received',
    reasons: body.reasons.map((code) => ({ code, label: names.reasons.get(code)?.label ?? code, snomedCode: null })),
    notes: body.notes ?? null,
    urgency: body.urgency,
    complexity: null,
    riskFlags: [],
    unverified: false,
    referrerUserId: context.workerId,
    referrerName: names.workerName,
    assignedWorkerId: null,
    assignedWorkerName: null,
    failedContactAttempts: 0,
    consentToReferral: body.consent.toReferral,
    consentToDataSharing: body.consent.toDataSharing,
    consentRecordedAt: new Date(row.consent_recorded_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    transitions: [
      {
        from: 'received',
        to: 'received',
        reason: 'Referral received',
        actorName: names.workerName,
        at: new Date(transition?.at ?? row.created_at).toISOString(),
      },
    ],
    allowedTransitions: [...allowedTransitions('received')],
  };
  await query(INSERT_IDEMPOTENCY_KEY, [
    `referral:${context.workerId}`,
    referral.idempotencyKey,
    requestHash(body),
    JSON.stringify(response),
  ]);
}

function sequences(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => first + index);
}

/** Plain INSERTs of `referrals`, `connections` transactions in flight at once, timed as a whole and one by one. */
async function runSql(sql: RawSql, referrals: IntakeReferral[], context: IntakeContext, names: Names): Promise<LoadRun> {
  const { connections } = PATHWAY_SETTINGS.intake;
  const latencies: number[] = [];
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < referrals.length) {
        const referral = referrals[next++] as IntakeReferral;
        const begun = performance.now();
        await sql.transaction((query) => insertReferralRows(query, referral, context, names));
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const durationSeconds = (performance.now() - startedAt) / 1000;
  return {
    requestsPerSecond: roundTo(latencies.length / durationSeconds, 1),
    ok: latencies.length,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    durationSeconds: roundTo(durationSeconds, 2),
    latencyMs: {
      p50: roundTo(percentile(latencies, 50), 2),
      p97_5: roundTo(percentile(latencies, 97.5), 2),
      p99: roundTo(percentile(latencies, 99), 2),
      mean: roundTo(mean(latencies), 3),
    },
  };
}

/** autocannon POSTs `amount` referrals (bounded, loopback), each a different new person. */
async function runApi(referrals: IntakeReferral[], amount: number, context: IntakeContext): Promise<LoadRun> {
  const { connections, timeoutSeconds, workers } = PATHWAY_SETTINGS.intake;
  const result = await autocannon({
    url: context.origin,
    connections,
    amount,
    workers,
    timeout: timeoutSeconds,
    requests: [
      {
        method: 'POST',
        path: '/api/referrals',
        headers: { 'content-type': 'application/json', ...context.writeHeaders },
        pool: referrals.map((referral) => ({ body: referral.json, idempotencyKey: referral.idempotencyKey })),
        setupRequest: SETUP_REQUEST_MODULE,
      },
    ],
  });
  return loadRunFromAutocannon(result);
}

/** One request by hand first: the set-up is right if the API creates the referral (201). */
async function preflight(referral: IntakeReferral, context: IntakeContext): Promise<void> {
  const response = await fetch(`${context.origin}/api/referrals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': referral.idempotencyKey, ...context.writeHeaders },
    body: referral.json,
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST /api/referrals answered ${response.status}: ${text.slice(0, 500)}`);
}

function describe(label: string, run: LoadRun): string {
  const failures = failuresOf(run);
  const warning = failures > 0 ? `  !!! ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts` : '';
  return `${label}: ${run.ok} in ${run.durationSeconds} s = ${Math.round(run.requestsPerSecond)}/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms${warning}`;
}

/**
 * Referral intake: autocannon against `POST /api/referrals` and plain INSERTs of the same rows,
 * alternating (SQL API SQL API …) after a warm-up of each. Every referral is a new person with an
 * NHS number no other referral uses (API and SQL draw from separate blocks).
 */
export async function measureIntake(sql: RawSql, context: IntakeContext, log: (line: string) => void): Promise<IntakeComparison> {
  const { connections, requestsPerRound, rounds, warmUpRequests } = PATHWAY_SETTINGS.intake;
  const names = await loadNames(sql, context);
  const margin = connections * POOL_MARGIN_PER_CONNECTION;
  let nextApi = 0;
  let nextSql = 0;
  const apiReferrals = (count: number) => {
    const batch = sequences(nextApi, count + margin).map((seq) =>
      intakeReferral(NHS_NUMBER_BLOCKS.intakeApi, seq, context.pcnId, context.practiceIds),
    );
    nextApi += count + margin;
    return batch;
  };
  const sqlReferrals = (count: number) => {
    const batch = sequences(nextSql, count).map((seq) =>
      intakeReferral(NHS_NUMBER_BLOCKS.intakeSql, seq, context.pcnId, context.practiceIds),
    );
    nextSql += count;
    return batch;
  };

  const [first] = apiReferrals(1);
  if (!first) throw new Error('no preflight referral');
  await preflight(first, context);
  const warmUpApi = await runApi(apiReferrals(warmUpRequests), warmUpRequests, context);
  await runSql(sql, sqlReferrals(warmUpRequests), context, names);
  log(`  ${sql.backend} intake warm-up: ${describe('API', warmUpApi)}`);
  // The preflight referral and the warm-up's count too: the check compares all of them.
  let api2xx = 1 + warmUpApi.ok;

  const comparison: IntakeComparison = {
    connections,
    requestsPerRound,
    api: [],
    sql: [],
    totals: { apiRequestsPerSecond: 0, sqlReferralsPerSecond: 0, ratio: null, perRoundRatios: [] },
    check: { apiReferralsCreated: 0, api2xx: 0 },
  };
  for (let round = 1; round <= rounds; round++) {
    const sqlRun = await runSql(sql, sqlReferrals(requestsPerRound), context, names);
    log(`  ${sql.backend} intake round ${round}/${rounds} ${describe('plain INSERTs', sqlRun)}`);
    comparison.sql.push(sqlRun);
    const apiRun = await runApi(apiReferrals(requestsPerRound), requestsPerRound, context);
    log(`  ${sql.backend} intake round ${round}/${rounds} ${describe('POST /api/referrals', apiRun)}`);
    comparison.api.push(apiRun);
    api2xx += apiRun.ok;
    const perRound = ratio(apiRun.requestsPerSecond, sqlRun.requestsPerSecond);
    comparison.totals.perRoundRatios.push(perRound === null ? null : roundTo(perRound, 3));
  }

  const rate = (runs: LoadRun[]) =>
    roundTo(runs.reduce((sum, run) => sum + run.ok, 0) / runs.reduce((sum, run) => sum + run.durationSeconds, 0), 1);
  comparison.totals.apiRequestsPerSecond = rate(comparison.api);
  comparison.totals.sqlReferralsPerSecond = rate(comparison.sql);
  const total = ratio(comparison.totals.apiRequestsPerSecond, comparison.totals.sqlReferralsPerSecond);
  comparison.totals.ratio = total === null ? null : roundTo(total, 3);

  const [created] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM referrals WHERE notes LIKE $1', [
    `Bench intake ${NHS_NUMBER_BLOCKS.intakeApi}-%`,
  ]);
  comparison.check = { apiReferralsCreated: created?.n ?? 0, api2xx };
  return comparison;
}

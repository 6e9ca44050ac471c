import { type BenchDatabase, withBenchDatabase } from '../support/bench-database.ts';
import type { Backend } from '../support/bench-environment.ts';
import { FOUNDATION_SETTINGS } from './foundation-settings.ts';
import { type ListeningTarget, startBareApp, startKithMeTarget } from './in-process-apps.ts';
import { type LoadRun, runLoad } from './load-test.ts';

export interface ThroughputComparison {
  backend: Backend;
  /** Bare Fastify `GET /bare` answering a constant copy of the `/api/me` body. */
  baseline: LoadRun[];
  /** Kith `GET /api/me` with the demo admin's session cookie. */
  subject: LoadRun[];
}

function describe(label: string, run: LoadRun): string {
  const failures = run.non2xx + run.errors + run.timeouts;
  const warning = failures > 0 ? `  !!! ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts` : '';
  return `  ${label}: ${Math.round(run.requestsPerSecond)} req/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms${warning}`;
}

/**
 * Warms both servers up, then alternates baseline and subject runs (B S B S …) so a noisy
 * neighbour on the shared machine hurts both sides alike.
 */
async function compare(
  backend: Backend,
  baseline: ListeningTarget,
  subject: ListeningTarget,
  log: (line: string) => void,
): Promise<ThroughputComparison> {
  const { durationSeconds, rounds, warmUpSeconds } = FOUNDATION_SETTINGS.throughput;
  await runLoad(baseline.url, baseline.headers, warmUpSeconds);
  await runLoad(subject.url, subject.headers, warmUpSeconds);
  const comparison: ThroughputComparison = { backend, baseline: [], subject: [] };
  for (let round = 1; round <= rounds; round++) {
    const bare = await runLoad(baseline.url, baseline.headers, durationSeconds);
    log(describe(`${backend} round ${round}/${rounds} bare Fastify GET /bare`, bare));
    comparison.baseline.push(bare);
    const kith = await runLoad(subject.url, subject.headers, durationSeconds);
    log(describe(`${backend} round ${round}/${rounds} Kith GET /api/me   `, kith));
    comparison.subject.push(kith);
  }
  return comparison;
}

async function compareOn(bench: BenchDatabase, log: (line: string) => void): Promise<ThroughputComparison> {
  const { target: subject, meBody } = await startKithMeTarget(bench);
  try {
    const baseline = await startBareApp(meBody);
    try {
      return await compare(bench.backend, baseline, subject, log);
    } finally {
      await baseline.close();
    }
  } finally {
    await subject.close();
  }
}

/** Kith's authenticated `GET /api/me` against a bare Fastify route, in this process and run. */
export function measureMeThroughput(backend: Backend, log: (line: string) => void): Promise<ThroughputComparison> {
  return withBenchDatabase(backend, (bench) => compareOn(bench, log));
}

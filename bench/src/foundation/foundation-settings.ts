import path from 'node:path';
import { REPO_ROOT, resultsFile } from '../support/bench-environment.ts';

export const SERVER_ENTRY = path.join(REPO_ROOT, 'packages/server/src/main.ts');

/** A bare Fastify server with only `/ready`: the start-up baseline. */
export const BARE_SERVER_ENTRY = path.join(import.meta.dirname, 'bare-ready-server.ts');

export const RESULTS_FILE = resultsFile('foundation');

/**
 * Sizes chosen so the whole benchmark stays under about three minutes on a 2-CPU machine
 * (a cold PGlite start alone is ~8 s there).
 */
export const FOUNDATION_SETTINGS = {
  startup: {
    /** Rounds per backend; each round is one cold start and one warm start on the same store. */
    rounds: 3,
    pollIntervalMs: 25,
    readyTimeoutMs: 120_000,
    stopTimeoutMs: 15_000,
  },
  throughput: {
    connections: 10,
    durationSeconds: 3,
    warmUpSeconds: 1,
    /**
     * Baseline and subject alternate this many times each (B S B S B S): short adjacent pairs
     * cancel the slow drifts of a shared machine better than two long runs.
     */
    rounds: 3,
    /** autocannon fires from one worker thread, so it does not share the server's event loop. */
    workers: 1,
  },
} as const;

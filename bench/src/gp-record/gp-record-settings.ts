import { resultsFile } from '../support/bench-environment.ts';

export const RESULTS_FILE = resultsFile('gp-record');

/** A whole number from the environment within [min, max], or `fallback` when unset. */
function wholeNumberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

/** Which databases the delivery figure runs on: `KITH_BENCH_GP_DATABASES` = pglite, postgres or both (default). */
function databasesFromEnv(): Array<'pglite' | 'postgres'> {
  const raw = (process.env.KITH_BENCH_GP_DATABASES ?? 'both').trim();
  if (raw === 'both' || raw === '') return ['pglite', 'postgres'];
  if (raw === 'pglite' || raw === 'postgres') return [raw];
  throw new Error(`KITH_BENCH_GP_DATABASES must be pglite, postgres or both (got "${raw}")`);
}

/**
 * Sizes for the gp-record bench, small enough for a few minutes on a busy 2-CPU machine. The
 * document figure needs no database; the delivery figure runs once per database.
 */
export const GP_RECORD_SETTINGS = {
  documents: {
    /** `KITH_BENCH_GP_DOCUMENTS` (default 100): documents per round, the five variants in turn. */
    perRound: wholeNumberFromEnv('KITH_BENCH_GP_DOCUMENTS', 100, 5, 10_000),
    /** `KITH_BENCH_GP_ROUNDS` (default 5): timed rounds per side, after one untimed round each. */
    rounds: wholeNumberFromEnv('KITH_BENCH_GP_ROUNDS', 5, 1, 50),
    /**
     * Building alone takes well under a millisecond a document, so that side repeats the round's
     * documents until at least this long has passed (the figure is documents per second either way).
     */
    minimumBuildMs: 500,
  },
  delivery: {
    databases: databasesFromEnv(),
    /** `KITH_BENCH_GP_DISCHARGES` (default 6): discharges per round and side, on each database. */
    perRound: wholeNumberFromEnv('KITH_BENCH_GP_DISCHARGES', 6, 1, 200),
    /** Rounds per side, alternating (by hand, worker, by hand, worker). */
    rounds: 3,
    /** KITH_JOB_POLL_SECONDS and KITH_MESH_POLL_SECONDS for the measured Kith: both at their minimum. */
    jobPollSeconds: 1,
    meshPollSeconds: 1,
    /** The local MESH server plays the practice and acknowledges this long after a message is complete. */
    autoAcknowledgeAfterMs: 0,
    /** How often the bench asks `GET /api/referrals/:id/gp-document` whether the document is delivered. */
    watchEveryMs: 20,
    /** A discharge not delivered within this long fails the run (something is broken, not slow). */
    timeoutMs: 60_000,
  },
} as const;

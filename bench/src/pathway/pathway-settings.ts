import { resultsFile } from '../support/bench-environment.ts';

export const RESULTS_FILE = resultsFile('pathway');

const DEFAULT_PEOPLE = 50_000;
const MIN_PEOPLE = 1_000;

/** `KITH_BENCH_PEOPLE` (default 50,000, the PCN scale); smaller runs are for trying things out. */
function peopleFromEnv(): number {
  const raw = process.env.KITH_BENCH_PEOPLE;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PEOPLE;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < MIN_PEOPLE || value > 5_000_000) {
    throw new Error(`KITH_BENCH_PEOPLE must be a whole number from ${MIN_PEOPLE} to 5,000,000 (got "${raw}")`);
  }
  return value;
}

/**
 * Sizes chosen so the whole benchmark (both databases, generation included) stays within about
 * ten minutes on a 2-CPU machine at the default scale.
 */
export const PATHWAY_SETTINGS = {
  dataset: {
    people: peopleFromEnv(),
    /**
     * ANALYZE PGlite after loading, as Kith does at start-up and every 15 minutes (PGlite has no
     * autovacuum). `KITH_BENCH_PGLITE_ANALYZE=0` measures a database without statistics.
     */
    analyzePglite: process.env.KITH_BENCH_PGLITE_ANALYZE !== '0',
    /** Referrals beyond one per person: every fifth person has been referred twice. */
    extraReferralsPerPerson: 0.2,
    /** Open cases assigned to the measured link worker: exactly this many. */
    caseload: 250,
    /** Link workers in the PCN, the measured one included. */
    linkWorkers: 20,
    /** GP practices added to the demo PCN's two. */
    extraPractices: 4,
    /** Earlier, closed referrals of the long-history person (each with `longHistoryContacts`). */
    longHistoryReferrals: 6,
    longHistoryContacts: 80,
    /** People or referrals per generation transaction. */
    batchSize: 10_000,
  },
  reads: {
    /** Untimed iterations first (plans cached, JIT warm). */
    warmUp: 30,
    /** Timed iterations; each times the API once and each SQL baseline once, order alternating. */
    samples: 200,
    /**
     * Stop an endpoint's timed loop after this many seconds (keeping at least `minimumSamples`), so
     * a pathological plan cannot stretch the run past its budget; the report says when it happened.
     */
    maxSecondsPerEndpoint: 75,
    minimumSamples: 50,
  },
  intake: {
    connections: 10,
    /** API and SQL alternate (SQL API SQL API …); each round is this many referrals. */
    rounds: 2,
    requestsPerRound: 1_000,
    /** Untimed requests (and SQL transactions) before the first round. */
    warmUpRequests: 100,
    /** Seconds before autocannon counts a request as timed out. */
    timeoutSeconds: 30,
    /** autocannon fires from one worker thread, so it does not share the server's event loop. */
    workers: 1,
  },
} as const;

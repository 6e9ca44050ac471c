import { resultsFile } from '../support/bench-environment.ts';

export const RESULTS_FILE = resultsFile('directory');

/** The issue's scale: at least 100,000 services and 200,000 locations. */
export const ISSUE_SERVICES = 100_000;
export const ISSUE_LOCATIONS = 200_000;
const MIN_SERVICES = 1_000;

/** `KITH_BENCH_SERVICES` (default 100,000, the issue's scale); smaller runs are for trying things out. */
function servicesFromEnv(): number {
  const raw = process.env.KITH_BENCH_SERVICES;
  if (raw === undefined || raw.trim() === '') return ISSUE_SERVICES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < MIN_SERVICES || value > 2_000_000) {
    throw new Error(`KITH_BENCH_SERVICES must be a whole number from ${MIN_SERVICES} to 2,000,000 (got "${raw}")`);
  }
  return value;
}

const services = servicesFromEnv();

/**
 * Sizes chosen so the whole benchmark (both databases: generation, search, ORUK paging and two
 * imports each) stays within about fifteen minutes on a 2-CPU machine at the default scale.
 */
export const DIRECTORY_SETTINGS = {
  dataset: {
    services,
    /** Ten services per organisation on average. */
    organisations: Math.max(100, Math.round(services / 10)),
    locationsPerService: 2,
    /** Rows per generation transaction (services; their locations and details go with them). */
    batchSize: 10_000,
    /** ANALYZE PGlite after loading, as Kith does at start-up (`KITH_BENCH_PGLITE_ANALYZE=0` skips it). */
    analyzePglite: process.env.KITH_BENCH_PGLITE_ANALYZE !== '0',
  },
  search: {
    /** Distinct (words, need, postcode) combinations the timed requests rotate through. */
    combinations: 50,
    radiusKm: 5,
    pageSize: 20,
    warmUp: 30,
    samples: 200,
    /** Stop the timed loop (all sides) after this many seconds, keeping at least `minimumSamples`. */
    maxSeconds: 75,
    minimumSamples: 50,
  },
  oruk: {
    perPage: 50,
    /** Pages rotated through (clamped to the last page): the front, the middle and the far end. */
    pageFractions: [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 1],
    warmUp: 10,
    samples: 60,
    maxSeconds: 60,
    minimumSamples: 30,
  },
  importFile: {
    /** Services in the generated ORUK file (and records imported). */
    services,
  },
} as const;

import { resultsFile } from '../support/bench-environment.ts';

export const RESULTS_FILE = resultsFile('working-day');

/** `KITH_BENCH_FANOUT_ROUNDS` (default 5): timed fan-out rounds per side; fewer for a quick trial. */
function roundsFromEnv(): number {
  const raw = process.env.KITH_BENCH_FANOUT_ROUNDS;
  if (raw === undefined || raw.trim() === '') return 5;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 50) {
    throw new Error(`KITH_BENCH_FANOUT_ROUNDS must be a whole number from 1 to 50 (got "${raw}")`);
  }
  return value;
}

/**
 * Sizes for the working-day bench. The data set is the pathway bench's PCN (`KITH_BENCH_PEOPLE`,
 * default 50,000, read by pathway-settings.ts): its measured worker holds exactly 250 open cases.
 */
export const WORKING_DAY_SETTINGS = {
  fanOut: {
    /** Events per round; each is one transaction on both sides. */
    events: 1_000,
    /** Rounds per side, alternating (bare, Kith, bare, Kith …) after one untimed warm-up round each. */
    rounds: roundsFromEnv(),
  },
  dashboard: {
    /** Manual tasks inserted for the measured worker, due from 30 days ago to 30 days ahead. */
    manualTasks: 1_000,
    /** Every this-many-th manual task is snoozed past today (hidden from the list). */
    snoozeEvery: 20,
    /** Appointments booked for the measured worker today (one of them cancelled). */
    appointmentsToday: 6,
    warmUp: 20,
    samples: 200,
    /** Stop the timed loop after this many seconds, keeping at least `minimumSamples`. */
    maxSeconds: 90,
    minimumSamples: 50,
    /** The goal: the API within this multiple of the plain SQL. */
    goalRatio: 1.5,
  },
} as const;

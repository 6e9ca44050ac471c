import { resultsFile } from '../support/bench-environment.ts';

export const RESULTS_FILE = resultsFile('web');

/** The goals (issue 18): each main screen's first load, and the first screen's compressed JavaScript. */
export const GOAL_FIRST_LOAD_MS = 1000;
export const GOAL_FIRST_SCREEN_JS_KB = 300;

/**
 * The screens timed, by their id in e2e/support/main-screens.ts (which knows each one's viewer,
 * path and heading): the sign-in page, a link worker's working screens, the supervisor's queue and
 * the commissioner's reports. The sign-in page is the "first screen" of the JavaScript goal.
 */
export const SCREEN_IDS = [
  'sign-in',
  'link-worker-home',
  'caseload',
  'person',
  'directory',
  'referral-queue',
  'reports',
  'report-outcomes',
] as const;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`);
  return value;
}

export const WEB_SETTINGS = {
  /** Cold loads of each screen (each in a new browser context). */
  runs: positiveInteger('KITH_BENCH_WEB_RUNS', 5),
  /** How long one screen may take to show its heading before the load counts as failed. */
  headingTimeoutMs: 30_000,
};

import type { Result } from 'autocannon';
import { roundTo } from './statistics.ts';

/** One load run (autocannon, or a baseline timed the same way), reduced to what reports need. */
export interface LoadRun {
  /** Successful (2xx) responses per second over the whole run. */
  requestsPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
  /** Absolute latency, milliseconds. */
  latencyMs: { p50: number; p97_5: number; p99: number; mean: number };
}

export function loadRunFromAutocannon(result: Result): LoadRun {
  return {
    requestsPerSecond: roundTo(result['2xx'] / result.duration, 1),
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      mean: roundTo(result.latency.mean, 3),
    },
  };
}

export function failuresOf(run: LoadRun): number {
  return run.non2xx + run.errors + run.timeouts;
}

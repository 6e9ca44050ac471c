import autocannon from 'autocannon';
import { FOUNDATION_SETTINGS } from './foundation-settings.ts';
import { roundTo } from './statistics.ts';

/** One autocannon run, reduced to what the report needs. */
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

/** GETs `url` with the configured connections for `durationSeconds`, from a worker thread. */
export async function runLoad(url: string, headers: Record<string, string>, durationSeconds: number): Promise<LoadRun> {
  const { connections, workers } = FOUNDATION_SETTINGS.throughput;
  const result = await autocannon({ url, headers, connections, workers, duration: durationSeconds, timeout: 10 });
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

import autocannon from 'autocannon';
import { type LoadRun, loadRunFromAutocannon } from '../support/load-run.ts';
import { FOUNDATION_SETTINGS } from './foundation-settings.ts';

export type { LoadRun } from '../support/load-run.ts';

/** GETs `url` with the configured connections for `durationSeconds`, from a worker thread. */
export async function runLoad(url: string, headers: Record<string, string>, durationSeconds: number): Promise<LoadRun> {
  const { connections, workers } = FOUNDATION_SETTINGS.throughput;
  const result = await autocannon({ url, headers, connections, workers, duration: durationSeconds, timeout: 10 });
  return loadRunFromAutocannon(result);
}

import http from 'node:http';
import { mean, percentile, ratio, roundTo } from '../support/statistics.ts';

/** Percentiles of one series of sequential timings, milliseconds. */
export interface LatencySummary {
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export interface TimingOptions {
  warmUp: number;
  samples: number;
  /** Stop after this many seconds of timed iterations (keeping at least `minimumSamples`). */
  maxSeconds: number;
  minimumSamples: number;
}

export interface TimedSides {
  /** One summary per side, in the order given. */
  summaries: LatencySummary[];
  samples: number;
  stoppedByTimeCap: boolean;
}

export function summarise(timings: number[]): LatencySummary {
  const round = (value: number) => roundTo(value, 3);
  return {
    p50: round(percentile(timings, 50)),
    p95: round(percentile(timings, 95)),
    mean: round(mean(timings)),
    min: round(Math.min(...timings)),
    max: round(Math.max(...timings)),
  };
}

/** subject ÷ baseline at p50 and p95, two decimals. */
export function ratios(subject: LatencySummary, baseline: LatencySummary): { p50: number | null; p95: number | null } {
  const divide = (a: number, b: number) => {
    const value = ratio(a, b);
    return value === null ? null : roundTo(value, 2);
  };
  return { p50: divide(subject.p50, baseline.p50), p95: divide(subject.p95, baseline.p95) };
}

/**
 * Times `samples` sequential iterations after `warmUp` untimed ones. Iteration i runs every side
 * once with the same argument i (so each side does the same search or page), rotating which side
 * goes first, so drift on a shared machine and caches warmed by the previous call affect all alike.
 */
export async function timeSidesInTurn(
  sides: ((iteration: number) => Promise<unknown>)[],
  options: TimingOptions,
): Promise<TimedSides> {
  const timings: number[][] = sides.map(() => []);
  let timedFrom = performance.now();
  let stoppedByTimeCap = false;
  for (let iteration = 0; iteration < options.warmUp + options.samples; iteration++) {
    if (iteration === options.warmUp) timedFrom = performance.now();
    const done = iteration - options.warmUp;
    if (done >= options.minimumSamples && performance.now() - timedFrom > options.maxSeconds * 1000) {
      stoppedByTimeCap = true;
      break;
    }
    for (let step = 0; step < sides.length; step++) {
      const index = (iteration + step) % sides.length;
      const side = sides[index] as (iteration: number) => Promise<unknown>;
      const start = performance.now();
      await side(iteration);
      if (iteration >= options.warmUp) timings[index]?.push(performance.now() - start);
    }
  }
  return { summaries: timings.map(summarise), samples: timings[0]?.length ?? 0, stoppedByTimeCap };
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** GET over one kept-alive loopback connection; resolves once the whole body has arrived. */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: keepAlive, headers: { accept: 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** GET a JSON document; throws with the start of the body unless the answer is 200. */
export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<{ body: T; bytes: number }> {
  const { status, body } = await httpGet(url, headers);
  if (status !== 200) throw new Error(`GET ${url} answered ${status}: ${body.toString('utf8').slice(0, 300)}`);
  return { body: JSON.parse(body.toString('utf8')) as T, bytes: body.length };
}

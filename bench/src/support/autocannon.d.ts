/**
 * The slice of autocannon's programmatic API the benchmarks use. autocannon ships no types and
 * installing @types/autocannon would change the workspace lockfile, so the shape is declared
 * here from its README ("API" and "Results").
 */
declare module 'autocannon' {
  /** hdr-histogram-percentiles-obj: latency in milliseconds, requests and bytes per second. */
  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p2_5: number;
    p50: number;
    p75: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    amount?: number;
    method?: string;
    headers?: Record<string, string>;
    /** Worker threads firing the requests, so the load generator is off the server's event loop. */
    workers?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    title?: string;
    /**
     * The sequence of requests each connection cycles through. With `workers`, `setupRequest`
     * must be the absolute path of a CommonJS module exporting the function (functions cannot be
     * cloned into a worker thread); extra fields on a request reach that function unchanged.
     */
    requests?: RequestSpec[];
  }

  export interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: string;
    [extra: string]: unknown;
  }

  export interface Result {
    title?: string;
    url: string;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    '2xx': number;
    start: Date;
    finish: Date;
    connections: number;
  }

  /** Without a callback the instance is also a promise of the results. */
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}

import type { MachineInfo } from '../support/machine.ts';
import { maximum, mean, median, ratio, roundTo } from '../support/statistics.ts';
import type { LoadRun } from './load-test.ts';
import type { ServerStartSample } from './server-process.ts';
import type { StartupSeries } from './startup-bench.ts';
import type { ThroughputComparison } from './throughput-bench.ts';

/** What `bench/results/foundation.json` holds. */
export interface FoundationReport {
  benchmark: 'foundation';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  postgres: { reachable: boolean; serverVersion: string | null; skippedReason: string | null };
  settings: Record<string, unknown>;
  startup: StartupSummary[];
  throughput: ThroughputSummary[];
  memory: { benchProcessMaxRssKb: number };
  warnings: string[];
}

export interface StartupSummary {
  backend: StartupSeries['backend'];
  kind: StartupSeries['kind'];
  readyMs: { runs: number[]; median: number; max: number };
  /** Median ready time ÷ the bare Fastify median. */
  ratioToBare: number | null;
  peakRssKb: { runs: (number | null)[]; median: number | null; max: number | null };
  /** Median peak RSS ÷ the bare Fastify median. */
  peakRssRatioToBare: number | null;
  allStopsClean: boolean;
}

export interface LoadSummary {
  /** Mean over the rounds. */
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; mean: number };
  failures: number;
  rounds: LoadRun[];
}

export interface ThroughputSummary {
  backend: ThroughputComparison['backend'];
  baseline: LoadSummary;
  subject: LoadSummary;
  /**
   * subject ÷ baseline; below 1 for req/s and above 1 for latency means Kith is slower.
   * `requestsPerSecond` is the median of the per-round ratios (each round pairs adjacent runs);
   * the latency ratios divide the means over rounds.
   */
  ratio: {
    requestsPerSecond: number | null;
    perRoundRequestsPerSecond: (number | null)[];
    p50: number | null;
    p97_5: number | null;
    p99: number | null;
    meanLatency: number | null;
  };
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : median(known);
}

function summariseSeries(series: StartupSeries, bare: StartupSeries | undefined): StartupSummary {
  const readyRuns = series.samples.map((sample) => roundTo(sample.readyMs, 1));
  const rssRuns = series.samples.map((sample: ServerStartSample) => sample.peakRssKb);
  const bareReady = bare ? median(bare.samples.map((sample) => sample.readyMs)) : null;
  const bareRss = bare ? medianOrNull(bare.samples.map((sample) => sample.peakRssKb)) : null;
  const readyMedian = median(series.samples.map((sample) => sample.readyMs));
  const rssMedian = medianOrNull(rssRuns);
  const rssKnown = rssRuns.filter((value): value is number => value !== null);
  return {
    backend: series.backend,
    kind: series.kind,
    readyMs: { runs: readyRuns, median: roundTo(readyMedian, 1), max: maximum(readyRuns) },
    ratioToBare: bareReady === null ? null : roundTo(readyMedian / bareReady, 3),
    peakRssKb: { runs: rssRuns, median: rssMedian, max: rssKnown.length ? maximum(rssKnown) : null },
    peakRssRatioToBare: rssMedian === null || bareRss === null ? null : roundTo(rssMedian / bareRss, 3),
    allStopsClean: series.samples.every((sample) => sample.cleanStop),
  };
}

export function summariseStartup(series: StartupSeries[]): StartupSummary[] {
  const bare = series.find((entry) => entry.kind === 'bare');
  return series.map((entry) => summariseSeries(entry, bare));
}

function summariseLoad(rounds: LoadRun[]): LoadSummary {
  const average = (pick: (run: LoadRun) => number) => roundTo(mean(rounds.map(pick)), 2);
  return {
    requestsPerSecond: average((run) => run.requestsPerSecond),
    latencyMs: {
      p50: average((run) => run.latencyMs.p50),
      p97_5: average((run) => run.latencyMs.p97_5),
      p99: average((run) => run.latencyMs.p99),
      mean: average((run) => run.latencyMs.mean),
    },
    failures: rounds.reduce((sum, run) => sum + run.non2xx + run.errors + run.timeouts, 0),
    rounds,
  };
}

function roundedRatio(subject: number, baseline: number): number | null {
  const value = ratio(subject, baseline);
  return value === null ? null : roundTo(value, 3);
}

export function summariseThroughput(comparison: ThroughputComparison): ThroughputSummary {
  const baseline = summariseLoad(comparison.baseline);
  const subject = summariseLoad(comparison.subject);
  const perRound = comparison.subject.map((run, index) =>
    roundedRatio(run.requestsPerSecond, comparison.baseline[index]?.requestsPerSecond ?? 0),
  );
  const perRoundMedian = medianOrNull(perRound);
  return {
    backend: comparison.backend,
    baseline,
    subject,
    ratio: {
      requestsPerSecond: perRoundMedian === null ? null : roundTo(perRoundMedian, 3),
      perRoundRequestsPerSecond: perRound,
      p50: roundedRatio(subject.latencyMs.p50, baseline.latencyMs.p50),
      p97_5: roundedRatio(subject.latencyMs.p97_5, baseline.latencyMs.p97_5),
      p99: roundedRatio(subject.latencyMs.p99, baseline.latencyMs.p99),
      meanLatency: roundedRatio(subject.latencyMs.mean, baseline.latencyMs.mean),
    },
  };
}

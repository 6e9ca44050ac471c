import { formatMegabytes, formatNumber, formatRatio, renderTable } from '../support/table-format.ts';
import type { FoundationReport, StartupSummary, ThroughputSummary } from './foundation-report.ts';
import { FOUNDATION_SETTINGS } from './foundation-settings.ts';

const BACKEND_NAMES: Record<StartupSummary['backend'], string> = { none: '—', pglite: 'PGlite', postgres: 'PostgreSQL' };

const START_NAMES: Record<StartupSummary['kind'], string> = {
  bare: 'bare Fastify (baseline)',
  cold: 'Kith cold (migrate + demo data)',
  warm: 'Kith warm (same data, restarted)',
};

export function renderHeader(report: FoundationReport): string {
  const { machine, postgres } = report;
  const database = postgres.reachable ? `PostgreSQL ${postgres.serverVersion}` : 'PostgreSQL NOT REACHABLE';
  return [
    `Kith benchmark: foundation   (${report.startedAt})`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${formatNumber(machine.totalMemoryMb / 1024, 1)} GB RAM, ` +
      `load ${machine.loadAverage1m}, ${machine.platform}/${machine.arch}, Node ${machine.node}, ${database}`,
    'Shared machines are noisy: read the × columns (same-run ratios against a bare Fastify baseline); absolute figures are context.',
  ].join('\n');
}

export function renderStartupTable(rows: StartupSummary[]): string {
  const { rounds } = FOUNDATION_SETTINGS.startup;
  const title =
    `Start-up: spawn \`node --import tsx\` → first 200 from GET /ready (polled every ${FOUNDATION_SETTINGS.startup.pollIntervalMs} ms), ${rounds} runs each.\n` +
    '× bare = median ÷ median of a bare Fastify server started the same way. ms are absolute context.';
  const table = renderTable(
    ['database', 'start', 'median ms', 'max ms', '× bare (median)', 'clean SIGTERM stop'],
    rows.map((row) => [
      BACKEND_NAMES[row.backend],
      START_NAMES[row.kind],
      formatNumber(row.readyMs.median),
      formatNumber(row.readyMs.max),
      formatRatio(row.ratioToBare, 1),
      row.allStopsClean ? 'yes' : 'NO',
    ]),
    2,
  );
  return `${title}\n${table}`;
}

export function renderThroughputTable(rows: ThroughputSummary[]): string {
  const { connections, durationSeconds, rounds } = FOUNDATION_SETTINGS.throughput;
  const title =
    `Throughput: authenticated Kith GET /api/me vs bare Fastify GET /bare answering the same JSON, both in this process on 127.0.0.1;\n` +
    `autocannon ${connections} connections, ${rounds} alternating rounds × ${durationSeconds} s each (after a warm-up); figures are means over rounds.\n` +
    'The "Kith ÷ bare" rows are the figures to compare across runs (req/s below 1× and latency above 1× mean Kith is slower);\n' +
    'its req/s is the median of the per-round ratios shown in brackets, its latencies divide the means.\n' +
    'req/s and ms rows are absolute context. Latency percentiles have autocannon\'s 1 ms resolution, so "n/a" means the baseline rounded to 0 ms.';
  const body: string[][] = [];
  for (const row of rows) {
    const name = BACKEND_NAMES[row.backend];
    for (const [label, side] of [
      ['bare Fastify (baseline)', row.baseline],
      ['Kith GET /api/me', row.subject],
    ] as const) {
      body.push([
        name,
        side.failures > 0 ? `${label} (!! ${side.failures} failed)` : label,
        formatNumber(side.requestsPerSecond),
        formatNumber(side.latencyMs.p50, 1),
        formatNumber(side.latencyMs.p97_5, 1),
        formatNumber(side.latencyMs.p99, 1),
        formatNumber(side.latencyMs.mean, 2),
      ]);
    }
    const perRound = row.ratio.perRoundRequestsPerSecond.map((value) => formatRatio(value, 3)).join(', ');
    body.push([
      name,
      `Kith ÷ bare  (rounds: ${perRound})`,
      formatRatio(row.ratio.requestsPerSecond, 3),
      formatRatio(row.ratio.p50),
      formatRatio(row.ratio.p97_5),
      formatRatio(row.ratio.p99),
      formatRatio(row.ratio.meanLatency),
    ]);
  }
  const table = renderTable(['database', 'target', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'mean ms'], body, 2);
  return `${title}\n${table}`;
}

export function renderMemoryTable(report: FoundationReport): string {
  const title =
    'Peak memory (absolute; × bare = median ÷ median of the bare Fastify child). Children: VmHWM from /proc/<pid>/status once /ready answered.\n' +
    'Bench process: process.resourceUsage().maxRSS after the throughput runs (in-process Kith app + PGlite, bare app, autocannon worker).';
  const rows = report.startup.map((row) => [
    `child: ${row.backend === 'none' ? '' : `${BACKEND_NAMES[row.backend]} `}${START_NAMES[row.kind]}`,
    formatMegabytes(row.peakRssKb.median),
    formatMegabytes(row.peakRssKb.max),
    formatRatio(row.peakRssRatioToBare, 1),
  ]);
  rows.push(['bench process (this one)', '—', formatMegabytes(report.memory.benchProcessMaxRssKb), '—']);
  return `${title}\n${renderTable(['process', 'median MB', 'max MB', '× bare'], rows)}`;
}

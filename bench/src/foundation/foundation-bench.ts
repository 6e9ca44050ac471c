import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Backend, POSTGRES_ADMIN_URL, progress, REPO_ROOT } from '../support/bench-environment.ts';
import { describeMachine } from '../support/machine.ts';
import { probePostgres } from '../support/postgres-scratch.ts';
import { type FoundationReport, summariseStartup, summariseThroughput, type ThroughputSummary } from './foundation-report.ts';
import { FOUNDATION_SETTINGS, RESULTS_FILE } from './foundation-settings.ts';
import { renderHeader, renderMemoryTable, renderStartupTable, renderThroughputTable } from './report-tables.ts';
import { measureBareStartup, measureKithStartup, type StartupSeries } from './startup-bench.ts';
import { measureMeThroughput } from './throughput-bench.ts';

function collectWarnings(report: FoundationReport): string[] {
  const warnings: string[] = [];
  if (!report.postgres.reachable) {
    warnings.push(
      `PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${report.postgres.skippedReason}); this run has no PostgreSQL rows.`,
    );
  }
  for (const row of report.startup) {
    if (!row.allStopsClean) warnings.push(`${row.backend} ${row.kind} start: a server did not exit with code 0 on SIGTERM.`);
  }
  for (const row of report.throughput) {
    for (const [side, summary] of [
      ['baseline', row.baseline],
      ['subject', row.subject],
    ] as const) {
      if (summary.failures > 0)
        warnings.push(
          `${row.backend} ${side}: ${summary.failures} non-2xx responses, errors or timeouts — its figures are suspect.`,
        );
    }
  }
  return warnings;
}

/** Start-up, authenticated request throughput and peak memory of the foundation server. */
export async function runFoundationBench(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const probe = await probePostgres();
  const backends: Backend[] = probe.reachable ? ['pglite', 'postgres'] : ['pglite'];
  const postgres = probe.reachable
    ? { reachable: true, serverVersion: probe.serverVersion, skippedReason: null }
    : { reachable: false, serverVersion: null, skippedReason: probe.reason };
  if (!probe.reachable) {
    progress(`\n!!! PostgreSQL SKIPPED: ${POSTGRES_ADMIN_URL} is not reachable (${probe.reason}); only PGlite is measured !!!\n`);
  }

  progress('Start-up (server child processes):');
  const series: StartupSeries[] = [await measureBareStartup(progress)];
  for (const backend of backends) series.push(...(await measureKithStartup(backend, progress)));

  progress('Throughput (in-process, autocannon):');
  const throughput: ThroughputSummary[] = [];
  for (const backend of backends) throughput.push(summariseThroughput(await measureMeThroughput(backend, progress)));

  const report: FoundationReport = {
    benchmark: 'foundation',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    postgres,
    settings: { ...FOUNDATION_SETTINGS, postgresAdminUrl: POSTGRES_ADMIN_URL },
    startup: summariseStartup(series),
    throughput,
    // maxRSS is in kilobytes.
    memory: { benchProcessMaxRssKb: process.resourceUsage().maxRSS },
    warnings: [],
  };
  report.warnings = collectWarnings(report);

  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);

  const sections = [
    renderHeader(report),
    renderStartupTable(report.startup),
    renderThroughputTable(report.throughput),
    renderMemoryTable(report),
  ];
  if (report.warnings.length > 0) sections.push(report.warnings.map((warning) => `!!! ${warning}`).join('\n'));
  sections.push(`JSON: ${path.relative(REPO_ROOT, RESULTS_FILE)}  (${RESULTS_FILE})`);
  process.stdout.write(`\n${sections.join('\n\n')}\n`);
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './bench-environment.ts';
import type { MachineInfo } from './machine.ts';
import type { PostgresProbe } from './postgres-scratch.ts';
import { formatMegabytes, formatNumber } from './table-format.ts';

/** What every benchmark report records about where it ran. */
export interface ReportContext {
  startedAt: string;
  machine: MachineInfo;
  postgres: { reachable: boolean; serverVersion: string | null; skippedReason: string | null };
}

/** The report's `postgres` field from a probe. */
export function postgresStatus(probe: PostgresProbe): ReportContext['postgres'] {
  return probe.reachable
    ? { reachable: true, serverVersion: probe.serverVersion, skippedReason: null }
    : { reachable: false, serverVersion: null, skippedReason: probe.reason };
}

/** The first lines of every printed report: the machine, the database and how to read the figures. */
export function renderReportHeader(benchmark: string, report: ReportContext, contextUnits: string): string {
  const { machine, postgres } = report;
  const database = postgres.reachable ? `PostgreSQL ${postgres.serverVersion}` : 'PostgreSQL NOT REACHABLE';
  return [
    `Kith benchmark: ${benchmark}   (${report.startedAt})`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${formatNumber(machine.totalMemoryMb / 1024, 1)} GB RAM, ` +
      `load ${machine.loadAverage1m}, ${machine.platform}/${machine.arch}, Node ${machine.node}, ${database}`,
    `Shared machines are noisy: read the × columns (same-run ratios against plain SQL doing the same work); ${contextUnits} are context.`,
  ].join('\n');
}

/** The bench process's own peak memory line (maxRSS is in kilobytes). */
export function renderProcessMemoryLine(maxRssKb: number): string {
  return `Bench process peak memory (maxRSS, in-process app + PGlite + data set): ${formatMegabytes(maxRssKb)} MB`;
}

/** Writes the JSON results and prints the sections, any warnings and where the JSON went. */
export async function publishReport(resultsFile: string, report: { warnings: string[] }, sections: string[]): Promise<void> {
  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  const printed = [...sections];
  if (report.warnings.length > 0) printed.push(report.warnings.map((warning) => `!!! ${warning}`).join('\n'));
  printed.push(`JSON: ${path.relative(REPO_ROOT, resultsFile)}  (${resultsFile})`);
  process.stdout.write(`\n${printed.join('\n\n')}\n`);
}

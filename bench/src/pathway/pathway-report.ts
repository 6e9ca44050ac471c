import type { Backend } from '../support/bench-environment.ts';
import { failuresOf } from '../support/load-run.ts';
import type { MachineInfo } from '../support/machine.ts';
import type { DatasetCounts, GeneratedPcn } from './generate-pcn.ts';
import type { IntakeComparison } from './intake-bench.ts';
import type { ReadComparison } from './read-bench.ts';

/** What `bench/results/pathway.json` holds. */
export interface PathwayReport {
  benchmark: 'pathway';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  postgres: { reachable: boolean; serverVersion: string | null; skippedReason: string | null };
  settings: Record<string, unknown>;
  backends: BackendResult[];
  memory: { benchProcessMaxRssKb: number };
  warnings: string[];
}

export interface BackendResult {
  backend: Backend;
  dataset: Omit<GeneratedPcn, 'pcnId' | 'practiceIds' | 'measuredWorker'> & { measuredWorkerEmail: string };
  reads: ReadComparison[];
  intake: IntakeComparison;
}

/** The issue's PCN scale: below it a run is a trial, not the figure the issue asks for. */
const ISSUE_SCALE: Partial<Record<keyof DatasetCounts, number>> = { people: 50_000, referrals: 50_000, contacts: 500_000 };

export function collectWarnings(report: PathwayReport, postgresAdminUrl: string): string[] {
  const warnings: string[] = [];
  if (!report.postgres.reachable) {
    warnings.push(
      `PostgreSQL SKIPPED: ${postgresAdminUrl} is not reachable (${report.postgres.skippedReason}); this run has no PostgreSQL rows.`,
    );
  }
  for (const result of report.backends) {
    const { counts } = result.dataset;
    for (const [name, minimum] of Object.entries(ISSUE_SCALE)) {
      const actual = counts[name as keyof DatasetCounts];
      if (minimum !== undefined && actual < minimum) {
        warnings.push(`${result.backend}: ${actual} ${name} is below the issue's scale (${minimum}); set by KITH_BENCH_PEOPLE.`);
      }
    }
    for (const read of result.reads) {
      if (read.stoppedByTimeCap) {
        warnings.push(
          `${result.backend} ${read.route}: stopped by the time cap after ${read.samples} samples (slow at this scale; see the JSON).`,
        );
      }
      if (read.check.apiItems !== read.check.sqlRows) {
        warnings.push(
          `${result.backend} ${read.route}: the API returned ${read.check.apiItems} items but the SQL baseline ${read.check.sqlRows} rows.`,
        );
      }
    }
    const { intake } = result;
    for (const [side, runs] of [
      ['API', intake.api],
      ['SQL', intake.sql],
    ] as const) {
      const failures = runs.reduce((sum, run) => sum + failuresOf(run), 0);
      if (failures > 0) warnings.push(`${result.backend} intake ${side}: ${failures} failed requests — its figures are suspect.`);
    }
    if (intake.check.apiReferralsCreated !== intake.check.api2xx) {
      warnings.push(
        `${result.backend} intake: ${intake.check.api2xx} successful responses but ${intake.check.apiReferralsCreated} referrals created.`,
      );
    }
  }
  return warnings;
}

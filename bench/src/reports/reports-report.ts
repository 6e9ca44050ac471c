import type { GeneratedData } from '@kith/server/modules/synthetic-data/synthetic-generator.ts';
import type { Backend } from '../support/bench-environment.ts';
import type { ReportContext } from '../support/bench-report.ts';
import type { ReportTiming } from './report-timing.ts';
import type { ReportsBenchSettings } from './reports-settings.ts';

/** What `bench/results/reports.json` holds. */
export interface ReportsReport extends ReportContext {
  benchmark: 'reports';
  finishedAt: string;
  settings: ReportsBenchSettings & { postgresAdminUrl: string };
  backends: BackendResult[];
  memory: { benchProcessMaxRssKb: number };
  warnings: string[];
}

export interface BackendResult {
  backend: Backend;
  where: string;
  generation: (Omit<GeneratedData, 'preset' | 'signIns'> & { preset: string }) | null;
  /** Why generation failed (e.g. PGlite out of memory), when it did. */
  generationError: string | null;
  /** PostgreSQL: VACUUM ANALYZE after generation, not counted in it. */
  vacuumSeconds: number | null;
  reports: ReportTiming[];
}

/** The issue's ICB scale: below it a run is a trial. */
const ISSUE_SCALE = { referrals: 400_000, contacts: 2_500_000 };

export function collectWarnings(report: ReportsReport): string[] {
  const warnings: string[] = [];
  if (!report.postgres.reachable)
    warnings.push(`PostgreSQL SKIPPED: ${report.postgres.skippedReason}; this run has no PostgreSQL rows.`);
  for (const result of report.backends) {
    if (result.generationError)
      warnings.push(`${result.backend}: generation failed, nothing measured: ${result.generationError}`);
    const counts = result.generation?.counts;
    if (counts && ((counts.referrals ?? 0) < ISSUE_SCALE.referrals || (counts.contacts ?? 0) < ISSUE_SCALE.contacts)) {
      warnings.push(
        `${result.backend}: ${counts.referrals} referrals and ${counts.contacts} contacts are below the issue's ICB scale (preset ${report.settings.preset}, scale ${report.settings.scale}).`,
      );
    }
    for (const timing of result.reports) {
      const label = `${result.backend} ${timing.reportId} as ${timing.role}`;
      if (timing.status !== 200) warnings.push(`${label}: answered ${timing.status}, so its timings are of an error.`);
      else if (timing.rows === 0)
        warnings.push(`${label}: returned no rows (a placeholder builder?), so its timings say little.`);
      if (timing.stoppedByTimeCap) warnings.push(`${label}: stopped by the time cap after ${timing.samples} samples.`);
    }
  }
  return warnings;
}

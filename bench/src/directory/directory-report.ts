import type { Backend } from '../support/bench-environment.ts';
import type { MachineInfo } from '../support/machine.ts';
import { ISSUE_LOCATIONS, ISSUE_SERVICES } from './directory-settings.ts';
import type { GeneratedDirectory } from './generate-directory.ts';
import type { ImportComparison } from './import-bench.ts';
import type { OrukComparison } from './oruk-bench.ts';
import type { SearchComparison } from './search-bench.ts';

/** What `bench/results/directory.json` holds. */
export interface DirectoryReport {
  benchmark: 'directory';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  postgres: { reachable: boolean; serverVersion: string | null; skippedReason: string | null };
  settings: Record<string, unknown>;
  importFile: { services: number; records: number; bytes: number; writeSeconds: number };
  backends: BackendResult[];
  memory: { benchProcessMaxRssKb: number };
  warnings: string[];
}

export interface BackendResult {
  backend: Backend;
  dataset: GeneratedDirectory;
  search: SearchComparison;
  oruk: OrukComparison;
  import: ImportComparison;
}

export function collectWarnings(report: DirectoryReport, postgresAdminUrl: string): string[] {
  const warnings: string[] = [];
  if (!report.postgres.reachable) {
    warnings.push(
      `PostgreSQL SKIPPED: ${postgresAdminUrl} is not reachable (${report.postgres.skippedReason}); this run has no PostgreSQL rows.`,
    );
  }
  for (const result of report.backends) {
    const { counts } = result.dataset;
    if (counts.services < ISSUE_SERVICES || counts.locations < ISSUE_LOCATIONS) {
      warnings.push(
        `${result.backend}: ${counts.services} services and ${counts.locations} locations are below the issue's scale ` +
          `(${ISSUE_SERVICES} and ${ISSUE_LOCATIONS}); set by KITH_BENCH_SERVICES.`,
      );
    }
    for (const [name, timed] of [
      ['search', result.search],
      ['ORUK services', result.oruk],
    ] as const) {
      if (timed.stoppedByTimeCap) {
        warnings.push(`${result.backend} ${name}: stopped by the time cap after ${timed.samples} samples (slow at this scale).`);
      }
      if (timed.check.mismatches > 0) {
        warnings.push(
          `${result.backend} ${name}: ${timed.check.mismatches} requests answered differently from the SQL baseline.`,
        );
      }
    }
    if (result.search.check.emptyCombinations > result.search.combinations / 2) {
      warnings.push(
        `${result.backend} search: ${result.search.check.emptyCombinations} of ${result.search.combinations} searches found nothing.`,
      );
    }
    const imported = result.import;
    if (imported.api.created !== imported.records || imported.api.errorCount > 0) {
      warnings.push(
        `${result.backend} import: created ${imported.api.created} of ${imported.records} services with ${imported.api.errorCount} errors — its rate is suspect.`,
      );
    }
    if (imported.rowsAfterApi.services !== imported.rowsAfterBaseline.services) {
      warnings.push(
        `${result.backend} import: the import wrote ${imported.rowsAfterApi.services} services but the baseline ${imported.rowsAfterBaseline.services}.`,
      );
    }
  }
  return warnings;
}

import { importOrukFeed } from '@kith/server/interop/oruk/import/oruk-import-service.ts';
import { openRawSql, type RawSql } from '../pathway/raw-sql.ts';
import type { BenchDatabase } from '../support/bench-database.ts';
import { roundTo } from '../support/statistics.ts';
import { bulkLoadOrukFile } from './baseline-bulk-load.ts';
import { DIRECTORY_SETTINGS } from './directory-settings.ts';
import { INSERT_POSTCODE_GRID, POSTCODE_LETTERS } from './synthetic-postcodes.ts';

/** Rows in the tables an import of the file writes to. */
export interface ImportedRows {
  organisations: number;
  services: number;
  locations: number;
  addresses: number;
  serviceAtLocations: number;
  schedules: number;
  phones: number;
  attributes: number;
  total: number;
}

export interface ImportComparison {
  /** Services in the file. */
  records: number;
  useCase: string;
  /** Services per transaction, on both sides (the import's default). */
  batchSize: number;
  api: {
    seconds: number;
    recordsPerSecond: number;
    created: number;
    updated: number;
    unchanged: number;
    errorCount: number;
    firstErrors: string[];
  };
  baseline: { seconds: number; recordsPerSecond: number; rows: number };
  /** Import ÷ plain load, in records per second (below 1 = the import is slower). */
  ratio: number | null;
  rowsAfterBaseline: ImportedRows;
  rowsAfterApi: ImportedRows;
}

/** The import's default batch (packages/server/src/interop/oruk/import/oruk-import-service.ts), used by the baseline too. */
const IMPORT_BATCH_SIZE = 200;

const TABLES: [keyof Omit<ImportedRows, 'total'>, string][] = [
  ['organisations', 'dir_organizations'],
  ['services', 'dir_services'],
  ['locations', 'dir_locations'],
  ['addresses', 'dir_addresses'],
  ['serviceAtLocations', 'dir_service_at_locations'],
  ['schedules', 'dir_schedules'],
  ['phones', 'dir_phones'],
  ['attributes', 'dir_attributes'],
];

async function countImported(sql: RawSql): Promise<ImportedRows> {
  const [row] = await sql.query<Record<string, string>>(
    `SELECT ${TABLES.map(([key, table]) => `(SELECT count(*) FROM ${table}) AS "${key}"`).join(', ')}`,
  );
  const counts = Object.fromEntries(TABLES.map(([key]) => [key, Number(row?.[key] ?? 0)])) as Omit<ImportedRows, 'total'>;
  return { ...counts, total: Object.values(counts).reduce((sum, value) => sum + value, 0) };
}

/**
 * Every directory record (the demo's too, and whatever refers to them in the scratch database), so
 * both sides import into the same empty directory; the seeded needs taxonomy stays.
 */
async function emptyDirectory(sql: RawSql): Promise<void> {
  await sql.query(`TRUNCATE dir_organizations, dir_services, dir_locations, dir_addresses, dir_service_at_locations,
    dir_schedules, dir_phones, dir_contacts, dir_cost_options, dir_languages, dir_service_areas, dir_fundings, dir_attributes CASCADE`);
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * On a fresh database (migrated, demo data): the postcode grid (the file's addresses use it), then
 * the plain bulk load of the file, then — the directory emptied again — the real import use case,
 * committing, as `kith import-oruk --commit` runs it (operator, no request context).
 */
export async function measureImport(bench: BenchDatabase, file: string, log: (line: string) => void): Promise<ImportComparison> {
  const records = DIRECTORY_SETTINGS.importFile.services;
  const sql = openRawSql(bench.backend, bench.database, bench.url);
  try {
    await sql.query(INSERT_POSTCODE_GRID, [POSTCODE_LETTERS]);
    await emptyDirectory(sql);

    let started = performance.now();
    const loaded = await bulkLoadOrukFile(sql, file, IMPORT_BATCH_SIZE);
    const baselineSeconds = seconds(started);
    const rowsAfterBaseline = await countImported(sql);
    log(`  ${bench.backend} plain load: ${loaded.services.toLocaleString('en-GB')} services in ${baselineSeconds.toFixed(1)} s`);
    await emptyDirectory(sql);

    let nextLog = 0;
    started = performance.now();
    const report = await importOrukFeed(
      bench.database.db,
      null,
      { file },
      {
        commit: true,
        onProgress: (progress) => {
          if (progress.processed >= nextLog) {
            log(
              `  ${bench.backend} import: ${progress.processed.toLocaleString('en-GB')}/${records.toLocaleString('en-GB')} (${seconds(started).toFixed(1)} s)`,
            );
            nextLog += Math.max(IMPORT_BATCH_SIZE, Math.floor(records / 10));
          }
        },
      },
    );
    const apiSeconds = seconds(started);
    const rowsAfterApi = await countImported(sql);
    const apiRate = report.processed / apiSeconds;
    const baselineRate = loaded.services / baselineSeconds;
    log(
      `  ${bench.backend} import: ${report.created.toLocaleString('en-GB')} created in ${apiSeconds.toFixed(1)} s ` +
        `(${apiRate.toFixed(0)}/s vs plain load ${baselineRate.toFixed(0)}/s → ×${(apiRate / baselineRate).toFixed(3)}; ${report.errorCount} errors)`,
    );
    return {
      records,
      useCase: 'importOrukFeed',
      batchSize: IMPORT_BATCH_SIZE,
      api: {
        seconds: roundTo(apiSeconds, 2),
        recordsPerSecond: roundTo(apiRate, 1),
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        errorCount: report.errorCount,
        firstErrors: report.errors.slice(0, 5).map((e) => `record ${e.index + 1} ${e.path}: ${e.message}`),
      },
      baseline: { seconds: roundTo(baselineSeconds, 2), recordsPerSecond: roundTo(baselineRate, 1), rows: loaded.rows },
      ratio: baselineRate === 0 ? null : roundTo(apiRate / baselineRate, 3),
      rowsAfterBaseline,
      rowsAfterApi,
    };
  } finally {
    await sql.close();
  }
}

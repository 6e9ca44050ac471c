import fs from 'node:fs';
import { type CliCommand, requireFile, UsageError, withDatabase } from '../../cli/cli-support.ts';
import { rowProgress } from '../../cli/progress-reporter.ts';
import type { DbOrTx } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { importPostcodeCsv, type PostcodeImportProgress, type PostcodeImportReport } from './postcode-import.ts';

const USAGE = 'import-postcodes <file.csv>';

/**
 * `npm run kith -- import-postcodes <file.csv>`: loads postcode centroids so directory search
 * can measure distance. Kith never calls a geocoding service at run time; this file is the
 * only source of coordinates.
 */
export const importPostcodesCommand: CliCommand = {
  usage: USAGE,
  summary:
    'Load postcode centroids from a CSV in the ONS Postcode Directory layout (pcds/pcd/postcode, lat/latitude, long/longitude columns). Re-running updates existing postcodes.',
  run: async ([file]) => {
    const source = requireFile(file, USAGE);
    if (!fs.existsSync(source)) throw new UsageError(`No such file: ${source}`);
    await withDatabase(async (database) => {
      // The operator may load postcodes before the server has ever started on this database.
      await migrateDatabase(database);
      const report = await importPostcodesFromFile(database.db, source, rowProgress(), (line) =>
        process.stderr.write(`${line}\n`),
      );
      if (report.failed > 0 || report.problems.length > 0) process.exitCode = 1;
    });
  },
};

/** The command's work, without the process around it: import, then list problems and a summary line. */
export async function importPostcodesFromFile(
  db: DbOrTx,
  file: string,
  progress: PostcodeImportProgress,
  print: (line: string) => void,
): Promise<PostcodeImportReport> {
  const report = await importPostcodeCsv(db, file, progress);
  for (const p of report.problems) print(`row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
  if (report.failed > report.problems.length) print(`… and ${report.failed - report.problems.length} more rows with problems`);
  print(summaryLine(report));
  return report;
}

export function summaryLine(report: PostcodeImportReport): string {
  const parts = [
    `${report.rows} rows`,
    `${report.imported} postcodes imported`,
    `${report.skipped} skipped (no coordinates)`,
    `${report.failed} with problems`,
  ];
  const fileProblem = report.failed === 0 && report.problems.length > 0 ? ' Reading stopped: see the problem above.' : '';
  return `${parts.join(', ')}.${fileProblem}`;
}

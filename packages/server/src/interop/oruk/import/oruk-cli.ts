import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { OrukImportReport } from '@kith/shared';
import { type CliCommand, requireFile, UsageError, withDatabase } from '../../../cli/cli-support.ts';
import { rowProgress } from '../../../cli/progress-reporter.ts';
import type { Db } from '../../../db/client.ts';
import { migrateDatabase } from '../../../db/migrate.ts';
import { AppError } from '../../../errors.ts';
import type { OrukSource } from './oruk-feed-source.ts';
import { importOrukFeed, type OrukProgressListener } from './oruk-import-service.ts';

const USAGE = 'import-oruk <file.json | file.ndjson | https://feed/base-url> [--commit]';

/**
 * `npm run kith -- import-oruk <file | https://base-url> [--commit]`: an Open Referral UK 3.0
 * feed into the directory, with a progress bar, every rejected record listed and a summary.
 * A dry run unless --commit. Runs as the operator (audited without a user).
 */
export const importOrukCommand: CliCommand = {
  usage: USAGE,
  summary:
    'Import services from an Open Referral UK 3.0 feed: a file (paged JSON, a JSON array or NDJSON, one service per line) or a feed base URL, paged through. Checks only unless --commit; re-importing updates records by ORUK id and keeps Kith’s own fields.',
  run: async (args) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { commit: { type: 'boolean' } } });
    const target = positionals[0];
    if (!target) throw new UsageError(`Missing file or URL: npm run kith -- ${USAGE}`);
    let source: OrukSource;
    if (/^https?:\/\//i.test(target)) source = { url: target };
    else {
      const file = requireFile(target, USAGE);
      if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
      source = { file };
    }
    await withDatabase(async (database) => {
      // The operator may import before the server has ever started on this database.
      await migrateDatabase(database);
      const report = await runOrukImport(database.db, source, {
        commit: values.commit === true,
        onProgress: progressBar(),
        print: (line) => process.stderr.write(`${line}\n`),
      });
      if (report.errorCount > 0) process.exitCode = 1;
    });
  },
};

/** The command's work without the process around it: import, list each problem, then a summary line. */
export async function runOrukImport(
  db: Db,
  source: OrukSource,
  { commit, onProgress, print }: { commit: boolean; onProgress: OrukProgressListener; print: (line: string) => void },
): Promise<OrukImportReport> {
  let report: OrukImportReport;
  try {
    report = await importOrukFeed(db, null, source, { commit, onProgress });
  } catch (error) {
    // A feed that cannot be read at all (wrong address, not JSON) is the operator's to fix.
    if (error instanceof AppError) throw new UsageError(error.extra.issues?.[0]?.message ?? error.message);
    throw error;
  }
  for (const e of report.errors) {
    print(`record ${e.index + 1}${e.id ? ` (${e.id})` : ''}, ${e.path || 'whole record'}: ${e.message}`);
  }
  if (report.errorCount > report.errors.length) print(`… and ${report.errorCount - report.errors.length} more problems`);
  // Taken, but with something left out: said apart from the problems so they are not missed.
  for (const w of report.warnings) {
    print(`warning: record ${w.index + 1}${w.id ? ` (${w.id})` : ''}, ${w.path}: ${w.message}`);
  }
  if (report.warningCount > report.warnings.length) {
    print(`… and ${report.warningCount - report.warnings.length} more warnings`);
  }
  const warned = report.warningCount > 0 ? `, ${report.warningCount} warning${report.warningCount === 1 ? '' : 's'}` : '';
  const counts = `${report.processed} services read: ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged, ${report.errorCount} problems${warned}.`;
  print(`${counts} ${commit ? 'Imported.' : 'Dry run: nothing written. Add --commit to import.'}`);
  return report;
}

/** The shared progress bar, fed per batch; a running count when the feed gives no total. */
function progressBar(): OrukProgressListener {
  const bar = rowProgress();
  const tty = process.stderr.isTTY;
  return ({ processed, total }) => {
    if (total !== undefined) bar(processed, total);
    else process.stderr.write(tty ? `\r${processed} services read` : `${processed} services read\n`);
  };
}

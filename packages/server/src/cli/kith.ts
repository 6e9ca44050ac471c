import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../backup/backup-service.ts';
import { RestoreError, restoreDatabase } from '../backup/restore-service.ts';
import { ConfigError } from '../config.ts';
import type { Database } from '../db/client.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { databaseErrorOf } from '../http/database-errors.ts';
import { importOrukCommand } from '../interop/oruk/import/oruk-cli.ts';
import { importPostcodesCommand } from '../modules/postcodes/postcode-cli.ts';
import { importReferrals } from '../modules/referral-import/referral-import-service.ts';
import { generateCommand } from '../modules/synthetic-data/synthetic-cli.ts';
import { CliActorError, contextForUser } from './cli-actor.ts';
import { type CliCommand, requireFile, UsageError, withDatabase } from './cli-support.ts';
import { progressReporter, rowProgress } from './progress-reporter.ts';

/**
 * `npm run kith -- <command>`: operator commands. They use the same configuration as the
 * server (KITH_DATA_DIR or DATABASE_URL). The embedded database allows one process at a time,
 * so stop the server before running them against it.
 */
const COMMANDS: Record<string, CliCommand> = {
  backup: {
    usage: 'backup <file>[.gz]',
    summary: 'Write all data as PostgreSQL SQL (gzip when the name ends in .gz). The file must not exist.',
    run: async ([file]) => {
      const target = requireFile(file, 'backup <file>[.gz]');
      await withDatabase(async (database) => {
        const { tables, rows } = await backupDatabase(database, target, progressReporter('Backing up'));
        process.stderr.write(`Backed up ${rows} rows from ${tables} tables to ${target}\n`);
      });
    },
  },
  restore: {
    usage: 'restore <file>[.gz]',
    summary: 'Load a backup into an empty database (migrations are applied first). All or nothing.',
    run: async ([file]) => {
      const source = requireFile(file, 'restore <file>[.gz]');
      await withDatabase(async (database) => {
        const { rows } = await restoreDatabase(database, source, progressReporter('Restoring'));
        process.stderr.write(`Restored ${rows} rows from ${source}\n`);
      });
    },
  },
  'import-referrals': {
    usage: 'import-referrals <file.csv> --pcn <id or ODS code> --as <email> [--commit]',
    summary:
      'Bulk referrals from CSV. Checks every row and reports problems by row and column; creates nothing unless --commit and all rows are valid.',
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { pcn: { type: 'string' }, as: { type: 'string' }, commit: { type: 'boolean' } },
      });
      const source = requireFile(positionals[0], 'import-referrals <file.csv> --pcn <id> --as <email>');
      if (!values.pcn || !values.as) throw new UsageError('import-referrals needs --pcn <id or ODS code> and --as <email>');
      const pcn = values.pcn;
      const email = values.as;
      await withDatabase(async (database) => {
        const ctx = await contextForUser(database.db, email);
        const organisationId = await organisationIdFor(database, pcn);
        const csv = fs.readFileSync(source, 'utf8');
        const report = await importReferrals(database.db, ctx, { organisationId, csv, dryRun: !values.commit }, rowProgress());
        for (const p of report.problems) process.stderr.write(`row ${p.row}, ${p.column || 'file'}: ${p.message}\n`);
        const verdict =
          report.problems.length > 0
            ? 'Nothing imported: fix the rows above and run again.'
            : report.dryRun
              ? 'Dry run: nothing imported. Add --commit to import.'
              : `Imported ${report.created} referrals.`;
        process.stderr.write(`${report.rows} rows, ${report.valid} valid. ${verdict}\n`);
        if (report.problems.length > 0) process.exitCode = 1;
      });
    },
  },
  'import-postcodes': importPostcodesCommand,
  'import-oruk': importOrukCommand,
  generate: generateCommand,
  migrate: {
    usage: 'migrate',
    summary: 'Apply pending database migrations (the server also does this at start-up).',
    run: async () => withDatabase(async (database) => migrateDatabase(database)),
  },
};

function helpText(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(22)} ${c.summary}`);
  return [
    'Usage: npm run kith -- <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    '',
    'Environment: KITH_DATA_DIR (embedded database folder, default ./data) or DATABASE_URL=postgres://…',
    'Run `npm run kith -- <command> --help` for one command.',
  ].join('\n');
}

async function organisationIdFor(database: Database, idOrOds: string): Promise<string> {
  const [row] = await database.queryRaw<{ id: string }>(
    `SELECT id FROM organisations WHERE kind = 'pcn' AND (id::text = $1 OR ods_code = upper($1)) LIMIT 1`,
    [idOrOds],
  );
  if (!row) throw new UsageError(`No PCN with id or ODS code ${idOrOds}`);
  return row.id;
}

async function main(argv: string[]): Promise<number> {
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const [name, ...rest] = argv.filter((arg) => arg !== '--help' && arg !== '-h');
  const command = name ? COMMANDS[name] : undefined;
  if (!name) {
    process.stdout.write(`${helpText()}\n`);
    return wantsHelp ? 0 : 2;
  }
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${helpText()}\n`);
    return 2;
  }
  if (wantsHelp) {
    process.stdout.write(`Usage: npm run kith -- ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  await command.run(rest);
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = [UsageError, ConfigError, DataDirLockedError, RestoreError, CliActorError].some((k) => error instanceof k);
    // A database error's message quotes the query's parameters (names, notes): name it by SQLSTATE
    // and constraint instead, as the server's log does.
    const database = known ? null : databaseErrorOf(error);
    const message = database
      ? `Database error ${database.code}${database.constraint ? ` (${database.constraint})` : ''}${database.table ? ` on ${database.table}` : ''}`
      : error instanceof Error
        ? known
          ? error.message
          : (error.stack ?? error.message)
        : String(error);
    process.stderr.write(`\n${message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../backup/backup-service.ts';
import { RestoreError, restoreDatabase } from '../backup/restore-service.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { progressReporter } from './progress-reporter.ts';

/**
 * `npm run kith -- <command>`: operator commands. They use the same configuration as the
 * server (KITH_DATA_DIR or DATABASE_URL). The embedded database allows one process at a time,
 * so stop the server before running them against it.
 */
const COMMANDS: Record<string, { usage: string; summary: string; run(args: string[]): Promise<void> }> = {
  backup: {
    usage: 'backup <file>[.gz]',
    summary: 'Write all data as PostgreSQL SQL (gzip when the name ends in .gz). The file must not exist.',
    run: async ([file]) => {
      const target = requireFile(file, 'backup');
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
      const source = requireFile(file, 'restore');
      await withDatabase(async (database) => {
        const { rows } = await restoreDatabase(database, source, progressReporter('Restoring'));
        process.stderr.write(`Restored ${rows} rows from ${source}\n`);
      });
    },
  },
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

function requireFile(file: string | undefined, command: string): string {
  if (!file) throw new UsageError(`${command} needs a file name: npm run kith -- ${COMMANDS[command]?.usage}`);
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfig().database);
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const [name, ...rest] = positionals;
  const command = name ? COMMANDS[name] : undefined;
  if (!name) {
    process.stdout.write(`${helpText()}\n`);
    return values.help ? 0 : 2;
  }
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${helpText()}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`Usage: npm run kith -- ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  await command.run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = [UsageError, ConfigError, DataDirLockedError, RestoreError].some((k) => error instanceof k);
    const message = error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`\n${message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

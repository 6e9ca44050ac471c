import path from 'node:path';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';

/** One `npm run kith -- <command>`. Feature folders export their own (e.g. postcode-cli.ts). */
export interface CliCommand {
  usage: string;
  summary: string;
  run(args: string[]): Promise<void>;
}

/** Wrong arguments: the message is shown with exit code 2. */
export class UsageError extends Error {}

/** Resolves a file argument from where the user typed the command. */
export function requireFile(file: string | undefined, usage: string): string {
  if (!file) throw new UsageError(`Missing file name: npm run kith -- ${usage}`);
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Opens the configured database for one command and always closes it. */
export async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfig().database);
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

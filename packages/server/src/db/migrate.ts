import path from 'node:path';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.ts';

export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, 'migrations');

/** Applies every pending forward-only migration. Safe to call on every start. */
export async function migrateDatabase(database: Database): Promise<void> {
  const options = { migrationsFolder: MIGRATIONS_FOLDER };
  await database.exclusively(async () => {
    if (database.kind === 'pglite') {
      await migratePglite(database.db, options);
    } else {
      // biome-ignore lint/suspicious/noExplicitAny: the two drivers' Drizzle types differ only nominally.
      await migratePg(database.db as any, options);
    }
  });
}

/**
 * PGlite has no autovacuum, so without this its planner has no statistics and picks sequential
 * scans on large tables (bench: the person timeline 102 ms → 38 ms after ANALYZE). PostgreSQL
 * servers keep their own statistics.
 */
export async function refreshPlannerStatistics(database: Database): Promise<void> {
  if (database.kind === 'pglite') await database.execRaw('ANALYZE');
}

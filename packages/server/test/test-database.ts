import { inject } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';

/**
 * The database for integration tests, chosen by the Vitest project (KITH_TEST_DB): an
 * in-memory PGlite per worker, or the run's throwaway PostgreSQL database. Shared by every
 * test file in the worker and never closed by them.
 */
let shared: Promise<Database> | null = null;

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.KITH_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export function testDatabase(): Promise<Database> {
  shared ??= open();
  return shared;
}

async function open(): Promise<Database> {
  if (testDatabaseKind() === 'postgres') {
    // Migrated once by the global setup.
    return openDatabase({ kind: 'postgres', url: inject('postgresTestUrl') });
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateDatabase(database);
  return database;
}

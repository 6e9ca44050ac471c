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

/**
 * Runs `work` against a brand-new, migrated, empty database of the project's kind (for tests
 * that need emptiness, like restore), and disposes of it afterwards.
 */
export async function withFreshDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const fresh = await openFreshDatabase();
  try {
    return await work(fresh.database);
  } finally {
    await fresh.close();
  }
}

/**
 * A new, empty database of the kind under test (not migrated), for a test that must not see
 * other files' rows, e.g. one that runs every due job of a kind. `close` drops it.
 */
export async function openFreshDatabase(): Promise<{ database: Database; close(): Promise<void> }> {
  if (testDatabaseKind() === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    return { database, close: () => database.close() };
  }
  const base = new URL(inject('postgresTestUrl'));
  const name = `${base.pathname.slice(1)}_fresh_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ kind: 'postgres', url: base.toString() });
  await admin.execRaw(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    async close() {
      await database.close();
      await admin.execRaw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

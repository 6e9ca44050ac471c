import { type Database, openDatabase } from '@kith/server/db/client.ts';
import type { Backend } from './bench-environment.ts';
import { createScratchDatabase } from './postgres-scratch.ts';

/** A database opened for one benchmark phase, and how the app's config should point at it. */
export interface BenchDatabase {
  backend: Backend;
  database: Database;
  /** Variables for `loadConfig` (DATABASE_URL for PostgreSQL; nothing for in-memory PGlite). */
  env: Record<string, string>;
  /** The scratch database's URL (PostgreSQL), for baseline clients of its own; null for PGlite. */
  url: string | null;
}

/**
 * Runs `work` on a fresh, empty database: an in-memory PGlite, or a scratch database on the local
 * PostgreSQL server. Closes it (and drops the scratch database) afterwards, even on failure.
 */
export async function withBenchDatabase<T>(backend: Backend, work: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  if (backend === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      return await work({ backend, database, env: {}, url: null });
    } finally {
      await database.close();
    }
  }
  const scratch = await createScratchDatabase();
  try {
    const database = await openDatabase({ kind: 'postgres', url: scratch.url });
    try {
      return await work({ backend, database, env: { DATABASE_URL: scratch.url }, url: scratch.url });
    } finally {
      await database.close();
    }
  } finally {
    await scratch.drop();
  }
}

import type { Database } from '@kith/server/db/client.ts';
import pg from 'pg';
import type { Backend } from '../support/bench-environment.ts';

/** Runs one statement and returns its rows. */
export type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * Plain SQL with no Kith code in between: the baselines and the generator. On PostgreSQL a `pg`
 * pool of its own (the same size as the app's); on PGlite the raw client under the app, because
 * an in-memory PGlite has exactly one connection.
 */
export interface RawSql {
  backend: Backend;
  query: Query;
  /** BEGIN … COMMIT on one connection (ROLLBACK if `work` throws). */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The app's pool size (packages/server/src/db/client.ts), so both sides may use as many connections. */
const POOL_SIZE = 10;

export function openRawSql(backend: Backend, database: Database, url: string | null): RawSql {
  if (backend === 'postgres') {
    if (url === null) throw new Error('a PostgreSQL baseline needs the database URL');
    return postgresRawSql(url);
  }
  return pgliteRawSql(database);
}

function postgresRawSql(url: string): RawSql {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  pool.on('error', () => {});
  return {
    backend: 'postgres',
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[]);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function pgliteRawSql(database: Database): RawSql {
  if (database.kind !== 'pglite') throw new Error('expected a PGlite database');
  // The PGlite instance Drizzle wraps; Kith's own code never sees these calls.
  const client = database.db.$client;
  return {
    backend: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    transaction: (work) =>
      client.transaction((tx) => work(async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows)),
    // The client belongs to the database; closing the database closes it.
    close: async () => {},
  };
}

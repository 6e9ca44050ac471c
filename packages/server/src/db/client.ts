import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import * as schema from './schema/index.ts';

/**
 * The one database type every repository uses. Both drivers speak the same Drizzle
 * PostgreSQL dialect, so queries are written once; the PGlite driver type is used as the
 * nominal type because its query builder is identical.
 */
export type Db = ReturnType<typeof drizzlePglite<typeof schema>>;
/** A transaction handle, accepted wherever a `Db` is. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs raw SQL text with no parameters (used by migrations, backup and restore). */
  execRaw(sqlText: string): Promise<void>;
  /** Runs one raw query and returns its rows. */
  queryRaw<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs `work` while holding a database-wide mutex, so several app servers starting at once
   * do not migrate concurrently. PGlite has one process by construction.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Arbitrary constant identifying Kith's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK_KEY = 4_812_733;

/**
 * Opens the configured database. An embedded data folder is locked for this process; a
 * `dataDir` of null opens a throwaway in-memory PGlite (tests).
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (dataDir) lock = acquireDataDirLock(dataDir);
  try {
    // Extensions the migrations create must be loaded into the WASM build up front.
    const extensions = { pg_trgm };
    const client = dataDir ? await PGlite.create(dataDir, { extensions }) : await PGlite.create({ extensions });
    return {
      kind: 'pglite',
      db: drizzlePglite(client, { schema }),
      execRaw: async (sqlText) => {
        await client.exec(sqlText);
      },
      queryRaw: async <T>(sqlText: string, params?: unknown[]) => (await client.query<T>(sqlText, params)).rows,
      exclusively: (work) => work(),
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client whose connection dies (server restart, terminated backend) is dropped from
  // the pool and replaced on next use; without a listener Node would crash the process.
  pool.on('error', () => {});
  // Fail fast with a clear message instead of on the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    execRaw: async (sqlText) => {
      await pool.query(sqlText);
    },
    queryRaw: async <T>(sqlText: string, params?: unknown[]) => (await pool.query(sqlText, params)).rows as T[],
    exclusively: async (work) => {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        return await work();
      } finally {
        await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        lockClient.release();
      }
    },
    close: () => pool.end(),
  };
}

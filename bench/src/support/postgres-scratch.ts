import pg from 'pg';
import { POSTGRES_ADMIN_URL } from './bench-environment.ts';

export type PostgresProbe = { reachable: true; serverVersion: string } | { reachable: false; reason: string };

/** A throwaway database on the local PostgreSQL server, dropped by `drop()`. */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

let scratchCount = 0;

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether the PostgreSQL server answers, and which version it is. */
export async function probePostgres(): Promise<PostgresProbe> {
  try {
    const serverVersion = await withAdminClient(async (client) => {
      const result = await client.query<{ server_version: string }>('SHOW server_version');
      return result.rows[0]?.server_version ?? 'unknown';
    });
    return { reachable: true, serverVersion };
  } catch (error) {
    return { reachable: false, reason: error instanceof Error ? error.message || error.name : String(error) };
  }
}

/** Creates an empty database; its name is generated here, so interpolating it into SQL is safe. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  scratchCount += 1;
  const name = `kith_bench_${process.pid}_${scratchCount}_${Date.now().toString(36)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      // FORCE: a child killed mid-run may leave connections behind (PostgreSQL 13+).
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

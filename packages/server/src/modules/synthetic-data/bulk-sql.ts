import { type SQL, type SQLChunk, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';

/** Runs one statement (text with `$1`-style placeholders) and returns its rows. */
export type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * Plain SQL for bulk generation on either database, through Drizzle so a transaction is one
 * connection on PostgreSQL and PGlite's own transaction on PGlite.
 */
export interface BulkSql {
  query: Query;
  /** BEGIN … COMMIT around `work` (ROLLBACK if it throws). */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
}

/**
 * `skipForeignKeyChecks`: rows generated consistent by construction are loaded as pg_restore
 * loads them, without a foreign-key lookup per row (a third of the insert time). It needs a
 * superuser (always so on PGlite); the caller checks, and the tests check for orphans instead.
 */
export function bulkSql(db: Db, options: { skipForeignKeyChecks: boolean }): BulkSql {
  return {
    query: queryOn(db),
    transaction: (work) =>
      db.transaction(async (tx) => {
        const query = queryOn(tx);
        if (options.skipForeignKeyChecks) await query('SET LOCAL session_replication_role = replica');
        return work(query);
      }),
  };
}

/** Whether this connection may skip foreign-key checks (session_replication_role needs a superuser). */
export async function maySkipForeignKeyChecks(db: Db): Promise<boolean> {
  const [row] = await queryOn(db)<{ superuser: string }>("SELECT current_setting('is_superuser') AS superuser");
  return row?.superuser === 'on';
}

function queryOn(db: DbOrTx): Query {
  return async <T>(text: string, params: unknown[] = []) => {
    const result = await db.execute(withParams(text, params));
    return result.rows as T[];
  };
}

/**
 * Turns `$n` placeholders into Drizzle parameters (renumbered by Drizzle), so generated SQL can
 * name a parameter several times and pass arrays whole (`$4::uuid[]`).
 */
export function withParams(text: string, params: unknown[]): SQL {
  const chunks: SQLChunk[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const index = Number(match[1]) - 1;
    if (index < 0 || index >= params.length)
      throw new Error(`the statement names $${index + 1} but has ${params.length} parameters`);
    chunks.push(sql.raw(text.slice(last, match.index)), sql.param(params[index]));
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

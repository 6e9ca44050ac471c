import fs from 'node:fs';
import type { Database } from '../db/client.ts';
import { FORMAT_LINE, openBackupWriter, quoteIdent, sqlLiteral } from './backup-file.ts';
import { rowOrder, TABLES_NOT_BACKED_UP, tablesInDependencyOrder } from './table-order.ts';

const BATCH_ROWS = 500;

/** Called as rows move; `rows` is the running total for `table`. */
export type Progress = (event: { table: string; rows: number; done: boolean }) => void;

/** Number of Drizzle migrations applied: a backup can only be restored by a Kith at least this new. */
export async function appliedMigrationCount(database: Database): Promise<number> {
  const [row] = await database.queryRaw<{ n: string | number }>('SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
  return Number(row?.n ?? 0);
}

/** Writes every table's rows to `file` as batched INSERTs in foreign-key order. */
export async function backupDatabase(
  database: Database,
  file: string,
  progress: Progress,
): Promise<{ tables: number; rows: number }> {
  const tables = (await tablesInDependencyOrder(database)).filter((t) => !TABLES_NOT_BACKED_UP.has(t));
  const writer = openBackupWriter(file);
  let total = 0;
  try {
    await writer.write(FORMAT_LINE);
    await writer.write(
      `-- created ${new Date().toISOString()} from ${database.kind}; migrations: ${await appliedMigrationCount(database)}`,
    );
    await writer.write('-- Data only. Apply Kith migrations first (kith restore does), then run this file.');
    await writer.write('BEGIN;');
    for (const table of tables) {
      const columns = await columnsOf(database, table);
      const list = columns.map(quoteIdent).join(', ');
      const order = await rowOrder(database, table);
      let rows = 0;
      for (let offset = 0; ; offset += BATCH_ROWS) {
        const batch = await database.queryRaw<{ r: unknown }>(
          `SELECT row_to_json(t) AS r FROM ${quoteIdent(table)} t ${order} LIMIT ${BATCH_ROWS} OFFSET ${offset}`,
        );
        if (batch.length === 0) break;
        const json = JSON.stringify(batch.map((b) => b.r));
        await writer.write(
          `INSERT INTO ${quoteIdent(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table)}, ${sqlLiteral(json)});`,
        );
        rows += batch.length;
        progress({ table, rows, done: false });
      }
      total += rows;
      progress({ table, rows, done: true });
    }
    await writer.write('COMMIT;');
  } catch (error) {
    // Never leave a half-written backup that looks like a real one.
    await writer.close().catch(() => {});
    fs.rmSync(file, { force: true });
    throw error;
  }
  await writer.close();
  return { tables: tables.length, rows: total };
}

/** The columns a backup carries: generated columns (search vectors) are rebuilt on insert. */
async function columnsOf(database: Database, table: string): Promise<string[]> {
  const rows = await database.queryRaw<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

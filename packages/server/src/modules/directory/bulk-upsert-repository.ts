import { getTableColumns, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';

/**
 * Writes many directory rows by id in bulk, for imports: one statement per table per chunk,
 * never one per record. The directory repositories build their bulk writes on this.
 */

export type TableWithId = PgTable & { id: AnyPgColumn };

/** Keeps the last row for each id: PostgreSQL refuses an upsert touching one row twice. */
export function lastById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** Rows per statement: big enough to amortise a round trip, small enough for PGlite's memory. */
const ROWS_PER_STATEMENT = 2000;

/**
 * A PostgreSQL array literal (`{"a",NULL,"b"}`), built here so both drivers send the same text
 * whatever the element type (PGlite cannot serialise arrays of enums itself).
 */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}

export interface UpsertOptions {
  /** Columns an existing row keeps (e.g. `createdAt`); naming every column inserts only the missing rows. */
  keep?: readonly string[];
}

/**
 * Inserts rows, or on an existing id overwrites the columns the rows carry (but those in
 * `keep`). Each column travels as one array parameter and `unnest` turns them back into rows:
 * a statement with a dozen parameters however many rows, far cheaper to build, send and plan
 * than a VALUES list with one parameter per field.
 */
export async function upsertById(
  db: DbOrTx,
  table: TableWithId,
  rows: readonly { id: string }[],
  { keep = [] }: UpsertOptions = {},
): Promise<void> {
  const unique = lastById(rows) as unknown as Record<string, unknown>[];
  const first = unique[0];
  if (!first) return;
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const keys = Object.keys(first).filter((key) => columns[key]);
  const names = keys.map((key) => `"${columns[key]?.name}"`);
  const updates = keys
    .filter((key) => key !== 'id' && !keep.includes(key))
    .map((key) => `"${columns[key]?.name}" = excluded."${columns[key]?.name}"`);
  const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  for (let start = 0; start < unique.length; start += ROWS_PER_STATEMENT) {
    const chunk = unique.slice(start, start + ROWS_PER_STATEMENT);
    const arrays = keys.map(
      (key) => sql`${arrayLiteral(chunk.map((row) => row[key]))}::${sql.raw(columns[key]?.getSQLType() ?? 'text')}[]`,
    );
    await db.execute(
      sql`INSERT INTO ${table} (${sql.raw(names.join(', '))}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)}) ON CONFLICT ("id") ${sql.raw(onConflict)}`,
    );
  }
}

/** Inserts the rows whose id is not there yet and leaves existing ones as they are. */
export async function insertMissing(db: DbOrTx, table: TableWithId, rows: readonly { id: string }[]): Promise<void> {
  await upsertById(db, table, rows, { keep: Object.keys(rows[0] ?? {}) });
}

import type { Database } from '../db/client.ts';

/**
 * Kith's tables in an order where every table comes after the tables it references, read from
 * the catalogue so new tables need no list to maintain. Self-references (the organisation
 * tree) are handled by ordering rows, see `rowOrder`.
 */
export async function tablesInDependencyOrder(database: Database): Promise<string[]> {
  const tables = await database.queryRaw<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const edges = await database.queryRaw<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => edges.every((e) => e.child !== t || !pending.has(e.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/**
 * A stable row order for paging through a table: parents first for the self-referencing
 * organisation tree, primary key order otherwise.
 */
export async function rowOrder(database: Database, table: string): Promise<string> {
  if (table === 'organisations') {
    return `ORDER BY (WITH RECURSIVE depth(id, d) AS (
      SELECT id, 0 FROM organisations WHERE parent_id IS NULL
      UNION ALL SELECT o.id, depth.d + 1 FROM organisations o JOIN depth ON o.parent_id = depth.id
    ) SELECT d FROM depth WHERE depth.id = t.id), t.id`;
  }
  const keys = await database.queryRaw<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [`public."${table}"`],
  );
  if (keys.length === 0) throw new Error(`Table ${table} has no primary key; backups need one to page through it`);
  return `ORDER BY ${keys.map((k) => `t."${k.name}"`).join(', ')}`;
}

/** Live sessions, sign-in counters and reset links are not worth keeping: restored users sign in again. */
export const TABLES_NOT_BACKED_UP = new Set(['sessions', 'sign_in_throttle', 'password_reset_tokens']);

import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { recordAudit } from '../modules/audit/audit-writer.ts';
import { FORMAT_LINE, readBackupLines } from './backup-file.ts';
import { appliedMigrationCount, type Progress } from './backup-service.ts';
import { tablesInDependencyOrder } from './table-order.ts';

export class RestoreError extends Error {}

/**
 * Restores a Kith backup into an empty database, all or nothing: migrations are applied first,
 * then every INSERT runs in one transaction with an audit event recording the restore. A file
 * that is not a Kith backup, comes from a newer Kith, or was cut short restores nothing.
 */
export async function restoreDatabase(database: Database, file: string, progress: Progress): Promise<{ rows: number }> {
  await migrateDatabase(database);
  await assertEmpty(database);
  const available = await appliedMigrationCount(database);
  const tables = await tablesInDependencyOrder(database);
  return database.db.transaction(async (tx) => {
    // Migrations seed reference data (referral reasons, the needs taxonomy); the backup's copy,
    // possibly edited by an admin, replaces it. Children are cleared before their parents.
    // Nothing else can be in these tables: assertEmpty checked (audit_events is append-only).
    for (const table of [...tables].reverse()) {
      if (table !== 'audit_events') await tx.execute(sql.raw(`DELETE FROM "${table}"`));
    }
    const counter = tableCounter(progress);
    let lineNumber = 0;
    let lastLine = '';
    for await (const line of readBackupLines(file)) {
      lineNumber++;
      if (line.trim() !== '') lastLine = line;
      if (lineNumber === 1 && line !== FORMAT_LINE)
        throw new RestoreError(`${file} is not a Kith backup (first line is not "${FORMAT_LINE}")`);
      assertNotNewer(file, line, available);
      if (!line.startsWith('INSERT INTO ')) continue;
      const table = tableOf(line);
      counter.add(table, await insertedRows(tx, line));
    }
    counter.finish();
    if (lastLine !== 'COMMIT;')
      throw new RestoreError(`${file} is incomplete (it does not end with COMMIT;). Nothing was restored.`);
    await recordAudit(
      tx,
      { actor: null, requestId: `restore-${Date.now()}` },
      { action: 'restore', recordType: 'database', detail: { rows: counter.total } },
    );
    return { rows: counter.total };
  });
}

function assertNotNewer(file: string, line: string, available: number): void {
  const made = /^-- created .* migrations: (\d+)$/.exec(line);
  if (made && Number(made[1]) > available) {
    throw new RestoreError(
      `${file} was made by a newer Kith (${made[1]} migrations; this one has ${available}). Upgrade Kith first.`,
    );
  }
}

function tableOf(line: string): string {
  return /^INSERT INTO "([^"]+)"/.exec(line)?.[1] ?? 'unknown';
}

async function insertedRows(tx: Tx, line: string): Promise<number> {
  const result = (await tx.execute(sql.raw(line))) as { rowCount?: number | null; affectedRows?: number };
  return Number(result.rowCount ?? result.affectedRows ?? 0);
}

/** Running totals per table, reported as each table finishes. */
function tableCounter(progress: Progress) {
  let current = { table: '', rows: 0 };
  let total = 0;
  const finish = () => {
    if (current.table) progress({ ...current, done: true });
  };
  return {
    get total() {
      return total;
    },
    get currentTable() {
      return current.table;
    },
    add(table: string, rows: number) {
      if (table !== current.table) {
        finish();
        current = { table, rows: 0 };
      }
      current.rows += rows;
      total += rows;
      progress({ ...current, done: false });
    },
    finish,
  };
}

async function assertEmpty(database: Database): Promise<void> {
  const [row] = await database.queryRaw<{ n: string | number }>(
    'SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM organisations) + (SELECT count(*) FROM audit_events) AS n',
  );
  if (Number(row?.n ?? 0) > 0) {
    throw new RestoreError(
      'Restore needs an empty database, and this one already has data. Point KITH_DATA_DIR at a new folder (or DATABASE_URL at a new database) and run restore again.',
    );
  }
}

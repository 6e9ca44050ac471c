import { and, asc, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type PageRequest } from '../../db/paging.ts';
import { workerTasks } from '../../db/schema/index.ts';

/** A stored task: a manual one, or a generated one that was completed or snoozed. */
export type TaskRow = typeof workerTasks.$inferSelect;

/** Visible on `today`: not snoozed to a later day. */
function notSnoozed(today: string) {
  return or(isNull(workerTasks.snoozedUntil), lte(workerTasks.snoozedUntil, today));
}

/**
 * The user's open manual tasks not snoozed past `today`, soonest due first (then id), read in
 * that order from the partial index `worker_tasks_assignee_idx` (assignee, due date) and cut at
 * `limit` when given, so a dashboard's top few never loads a thousand rows.
 */
export async function openManualTasks(db: DbOrTx, userId: string, today: string, limit?: number): Promise<TaskRow[]> {
  const query = db
    .select()
    .from(workerTasks)
    .where(
      and(
        eq(workerTasks.assigneeUserId, userId),
        eq(workerTasks.status, 'open'),
        eq(workerTasks.source, 'manual'),
        notSnoozed(today),
      ),
    )
    .orderBy(asc(workerTasks.dueOn), asc(workerTasks.id))
    .$dynamic();
  return limit === undefined ? query : query.limit(limit);
}

/** Counts of the user's visible open manual tasks, so the dashboard never loads the rows. */
export async function manualTaskCounts(
  db: DbOrTx,
  userId: string,
  today: string,
): Promise<{ open: number; overdue: number; dueToday: number }> {
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${workerTasks.dueOn} < ${today}))::int`,
      dueToday: sql<number>`(count(*) filter (where ${workerTasks.dueOn} = ${today}))::int`,
    })
    .from(workerTasks)
    .where(
      and(
        eq(workerTasks.assigneeUserId, userId),
        eq(workerTasks.status, 'open'),
        eq(workerTasks.source, 'manual'),
        notSnoozed(today),
      ),
    );
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0, dueToday: row?.dueToday ?? 0 };
}

/** The stored rows of generated tasks by key (the unique index on `source_key`). */
export async function rowsBySourceKey(db: DbOrTx, sourceKeys: readonly string[]): Promise<TaskRow[]> {
  if (sourceKeys.length === 0) return [];
  return (
    db
      .select()
      .from(workerTasks)
      // One array parameter rather than a placeholder per key (a caseload generates hundreds).
      .where(sql`${workerTasks.sourceKey} = ANY(${sql.param([...sourceKeys])}::text[])`)
  );
}

/** A page of the user's done tasks, most recently completed first. */
export async function doneTasks(db: DbOrTx, userId: string, page: PageRequest): Promise<{ rows: TaskRow[]; total: number }> {
  const where = and(eq(workerTasks.assigneeUserId, userId), eq(workerTasks.status, 'done'));
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(workerTasks)
      .where(where)
      .orderBy(desc(workerTasks.completedAt), asc(workerTasks.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ total: sql<number>`count(*)::int` }).from(workerTasks).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findTask(db: DbOrTx, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(workerTasks).where(eq(workerTasks.id, id)).limit(1);
  return row;
}

export async function findTaskBySourceKey(db: DbOrTx, sourceKey: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(workerTasks).where(eq(workerTasks.sourceKey, sourceKey)).limit(1);
  return row;
}

export async function insertTask(db: DbOrTx, values: typeof workerTasks.$inferInsert): Promise<TaskRow> {
  const [row] = await db.insert(workerTasks).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Changes a task only if it is still at `version` (optimistic concurrency): undefined when
 * someone else changed it first.
 */
export async function updateTaskAtVersion(
  db: DbOrTx,
  id: string,
  version: number,
  set: Partial<typeof workerTasks.$inferInsert>,
): Promise<TaskRow | undefined> {
  const [row] = await db
    .update(workerTasks)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(workerTasks.id, id), eq(workerTasks.version, version)))
    .returning();
  return row;
}

export async function deleteTask(db: DbOrTx, id: string): Promise<void> {
  await db.delete(workerTasks).where(eq(workerTasks.id, id));
}

import type { TaskItem, TaskSummary } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { DEFAULT_TASK_DUE_POLICY, isSnoozed, type TaskDuePolicy } from './task-due-rules.ts';
import { type GeneratedTask, generateTasks } from './task-generators.ts';
import { manualTaskCounts, openManualTasks, rowsBySourceKey, type TaskRow } from './task-repository.ts';
import { openCaseSources, supervisionSources, unansweredOnwardSources } from './task-source-repository.ts';
import { compareTasks, toGeneratedTaskItem, toTaskItem } from './task-view.ts';

/**
 * A worker's open task list: the tasks generated from their records today plus their manual
 * tasks, leaving out what was completed or is snoozed. No access check here: callers pass the
 * signed-in user's own id (the tasks routes, the dashboard).
 */

export interface TaskListOptions {
  /** At most this many tasks, soonest due first. */
  limit?: number;
  /** The due rules; the routes pass the configured ones (`taskDuePolicyFrom(config)`). */
  policy?: TaskDuePolicy;
}

/** A generated task with its stored row, if it was ever completed or snoozed. */
export interface GeneratedTaskState {
  task: GeneratedTask;
  row: TaskRow | undefined;
}

/**
 * Every task the user's records generate today (within the show-ahead window), with stored
 * state: three source queries plus one lookup of the stored rows by key.
 */
export async function generatedTasksFor(
  db: DbOrTx,
  userId: string,
  today: string,
  policy: TaskDuePolicy = DEFAULT_TASK_DUE_POLICY,
): Promise<GeneratedTaskState[]> {
  const [cases, onward, supervision] = await Promise.all([
    openCaseSources(db, userId),
    unansweredOnwardSources(db, userId),
    supervisionSources(db, userId),
  ]);
  const tasks = generateTasks({ cases, onward, supervision }, today, policy);
  const rows = await rowsBySourceKey(
    db,
    tasks.map((t) => t.sourceKey),
  );
  const rowByKey = new Map(rows.map((row) => [row.sourceKey, row]));
  return tasks.map((task) => ({ task, row: rowByKey.get(task.sourceKey) }));
}

/** Open (not done) and not snoozed past today. */
function isVisible(state: { status: 'open' | 'done'; snoozedUntil: string | null }, today: string): boolean {
  return state.status === 'open' && !isSnoozed(state.snoozedUntil, today);
}

/** The generated tasks still on the list today: never completed, and not snoozed past today. */
function visibleGenerated(generated: readonly GeneratedTaskState[], today: string): GeneratedTaskState[] {
  return generated.filter(({ row }) => !row || isVisible(row, today));
}

/** Generated and manual tasks as one list, soonest due first, cut at `limit`. */
function mergeTasks(
  generated: readonly GeneratedTaskState[],
  manual: readonly TaskRow[],
  userId: string,
  today: string,
  limit: number | undefined,
): TaskItem[] {
  const items = [
    ...generated.map(({ task, row }) => toGeneratedTaskItem(task, row, userId, today)),
    ...manual.map((row) => toTaskItem(row, userId, today)),
  ].sort(compareTasks);
  return limit === undefined ? items : items.slice(0, limit);
}

/** The counts of the visible generated tasks plus the manual counts made in SQL. */
function summaryOf(
  generated: readonly GeneratedTaskState[],
  manual: { open: number; dueToday: number; overdue: number },
  today: string,
): TaskSummary {
  return {
    open: manual.open + generated.length,
    dueToday: manual.dueToday + generated.filter(({ task }) => task.dueOn === today).length,
    overdue: manual.overdue + generated.filter(({ task }) => task.dueOn < today).length,
  };
}

/** The open tasks shown on `today`, soonest due first (overdue ones lead). */
export async function listTasksFor(
  db: DbOrTx,
  userId: string,
  today: string,
  options: TaskListOptions = {},
): Promise<TaskItem[]> {
  const [generated, manual] = await Promise.all([
    generatedTasksFor(db, userId, today, options.policy),
    openManualTasks(db, userId, today, options.limit),
  ]);
  return mergeTasks(visibleGenerated(generated, today), manual, userId, today, options.limit);
}

/** Counts for the dashboard: open tasks shown today, those due today and those overdue. */
export async function summariseTasksFor(
  db: DbOrTx,
  userId: string,
  today: string,
  options: Pick<TaskListOptions, 'policy'> = {},
): Promise<TaskSummary> {
  const [generated, manual] = await Promise.all([
    generatedTasksFor(db, userId, today, options.policy),
    manualTaskCounts(db, userId, today),
  ]);
  return summaryOf(visibleGenerated(generated, today), manual, today);
}

/**
 * Both at once for a dashboard: the counts and the first `limit` tasks, generating the list once
 * and reading only `limit` manual rows (the rest are counted in SQL), however long the list is.
 */
export async function taskOverviewFor(
  db: DbOrTx,
  userId: string,
  today: string,
  options: TaskListOptions & { limit: number },
): Promise<{ summary: TaskSummary; items: TaskItem[] }> {
  const [generated, manualRows, manualCounts] = await Promise.all([
    generatedTasksFor(db, userId, today, options.policy),
    openManualTasks(db, userId, today, options.limit),
    manualTaskCounts(db, userId, today),
  ]);
  const visible = visibleGenerated(generated, today);
  return {
    summary: summaryOf(visible, manualCounts, today),
    items: mergeTasks(visible, manualRows, userId, today, options.limit),
  };
}

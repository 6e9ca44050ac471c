import { AppError, forbidden, notFound, validationError } from '../../errors.ts';
import type { TaskRow } from './task-repository.ts';

/**
 * Record rules of the task list. Who may have a task list at all is `tasks:work` in the
 * permission table; these say which stored tasks a caller may change.
 */

/**
 * A stored task is the business of its assignee and of whoever created it, inside the caller's
 * `tasks:work` scope; anyone else gets 404, so a colleague's list is not disclosed.
 */
export function assertMayChangeTask(row: TaskRow | undefined, userId: string, scopeOrganisationIds: readonly string[]): TaskRow {
  if (!row || !scopeOrganisationIds.includes(row.organisationId)) throw notFound('Task');
  if (row.assigneeUserId !== userId && row.createdBy !== userId) throw notFound('Task');
  return row;
}

/** Titles and due dates are people's words: only manual tasks are edited (generated ones follow their record). */
export function assertManual(row: TaskRow): void {
  if (row.sourceKey !== null) {
    throw new AppError('conflict', 'This task comes from a record: change the record instead.', { allowed: [] });
  }
}

/** Only the person who wrote a task deletes it; an assignee completes it instead. */
export function assertMayDelete(row: TaskRow, userId: string): void {
  assertManual(row);
  if (row.createdBy !== userId) throw forbidden('Only the person who created this task can delete it');
}

/** Snoozing hides a task until a later day: today or the past would hide nothing. */
export function assertSnoozeDate(until: string, today: string): void {
  if (until <= today) throw validationError('until', 'Snooze until a date after today');
}

/** Completing a done task or reopening an open one is a conflict the screen can explain. */
export function assertStatus(row: TaskRow, expected: 'open' | 'done'): void {
  if (row.status !== expected) {
    const message = expected === 'open' ? 'This task is already done.' : 'This task is already open.';
    throw new AppError('conflict', message, { allowed: [row.status === 'open' ? 'complete' : 'reopen'] });
  }
}

/** 409 for a change based on an old version, as the care plan does. */
export function staleTaskConflict(current: TaskRow | undefined, version: number): AppError {
  if (!current) return notFound('Task');
  return new AppError(
    'conflict',
    `Someone changed this task since you opened it (you had version ${version}, it is now version ${current.version}). Reload it and try again.`,
    { allowed: [] },
  );
}

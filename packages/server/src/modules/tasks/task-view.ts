import { TASK_KINDS, type TaskItem, type TaskKind } from '@kith/shared';
import { isOverdue } from './task-due-rules.ts';
import type { GeneratedTask } from './task-generators.ts';
import type { TaskRow } from './task-repository.ts';

/** The kind a stored row records (`source`), read defensively: an unknown value is shown as manual. */
function kindOf(row: TaskRow): TaskKind {
  return (TASK_KINDS as readonly string[]).includes(row.source) ? (row.source as TaskKind) : 'manual';
}

/** Where a manual task leads: its referral's case, else its person, else the task list. */
function manualLink(row: TaskRow): string {
  if (row.referralId) return `/cases/${row.referralId}`;
  if (row.personId) return `/people/${row.personId}`;
  return '/tasks';
}

/**
 * Where a stored generated task leads, from the record id in its key: the same paths the
 * generators give (task-generators.ts), for a done task whose source may have moved on.
 */
function generatedLink(kind: TaskKind, sourceKey: string): string {
  const recordId = sourceKey.split(':')[1] ?? '';
  switch (kind) {
    case 'contact_due':
      return `/cases/${recordId}`;
    case 'review_due':
    case 'plan_action':
      return `/cases/${recordId}/care-plan`;
    case 'measure_due':
      return `/cases/${recordId}/outcomes`;
    case 'onward_unacknowledged':
      return `/onward-referrals/${recordId}`;
    case 'supervision_due':
      return '/supervision';
    default:
      return '/tasks';
  }
}

/** A stored row (manual, or a generated task completed or snoozed) as the caller sees it. */
export function toTaskItem(row: TaskRow, callerId: string, today: string): TaskItem {
  const kind = kindOf(row);
  const manual = row.sourceKey === null;
  // A manual task always has a due date (the create schema requires one); a row without is shown as due today.
  const dueOn = row.dueOn ?? today;
  return {
    id: row.id,
    sourceKey: row.sourceKey,
    kind,
    title: row.title,
    dueOn,
    status: row.status,
    overdue: isOverdue(dueOn, row.status, today),
    snoozedUntil: row.snoozedUntil,
    link: manual ? manualLink(row) : generatedLink(kind, row.sourceKey ?? ''),
    personId: row.personId,
    referralId: row.referralId,
    assigneeUserId: row.assigneeUserId,
    version: row.version,
    editable: manual && (row.createdBy === callerId || row.assigneeUserId === callerId),
    deletable: manual && row.createdBy === callerId,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** A generated task as it stands today, with its stored row if it was ever snoozed or completed. */
export function toGeneratedTaskItem(task: GeneratedTask, row: TaskRow | undefined, userId: string, today: string): TaskItem {
  const status = row?.status ?? 'open';
  return {
    id: row?.id ?? null,
    sourceKey: task.sourceKey,
    kind: task.kind,
    title: task.title,
    dueOn: task.dueOn,
    status,
    overdue: isOverdue(task.dueOn, status, today),
    snoozedUntil: row?.snoozedUntil ?? null,
    link: task.link,
    personId: task.personId,
    referralId: task.referralId,
    assigneeUserId: userId,
    version: row?.version ?? null,
    editable: false,
    deletable: false,
    completedAt: row?.completedAt?.toISOString() ?? null,
  };
}

/** Plain code-point order: the same order PostgreSQL gives uuids and ISO dates, whatever the locale. */
function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Soonest due first; then by kind, so a day's tasks read in a steady order; the id (or key)
 * last. Manual tasks among themselves sort as `openManualTasks` orders them (due date, id), so a
 * limited list can take the first rows from the database.
 */
export function compareTasks(a: TaskItem, b: TaskItem): number {
  return (
    byCodePoint(a.dueOn, b.dueOn) ||
    TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) ||
    byCodePoint(a.id ?? a.sourceKey ?? '', b.id ?? b.sourceKey ?? '')
  );
}

import {
  type CompleteGeneratedTaskRequest,
  type CreateTaskRequest,
  rolesGranting,
  type SnoozeGeneratedTaskRequest,
  type SnoozeTaskRequest,
  type TaskItem,
  type TaskList,
  type TaskListQuery,
  type TaskVersionRequest,
  type UpdateTaskRequest,
  ukToday,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, type OrgScope, requireActor, scopeFor, withDescendants } from '../../access/org-scope.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import type { Db } from '../../db/client.ts';
import { offsetOf } from '../../db/paging.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { notifyUsers } from '../notifications/notify.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { membershipOrganisationsOf } from './task-assignee-repository.ts';
import { DEFAULT_TASK_DUE_POLICY, matchesDueFilter, type TaskDuePolicy } from './task-due-rules.ts';
import { generatedTasksFor, listTasksFor } from './task-list.ts';
import {
  assertManual,
  assertMayChangeTask,
  assertMayDelete,
  assertSnoozeDate,
  assertStatus,
  staleTaskConflict,
} from './task-policy.ts';
import {
  deleteTask as deleteTaskRow,
  doneTasks,
  findTask,
  insertTask,
  type TaskRow,
  updateTaskAtVersion,
} from './task-repository.ts';
import { toGeneratedTaskItem, toTaskItem } from './task-view.ts';

/** The use cases of "My tasks". Every one acts on the caller's own list; `today` is the UK date. */

interface TaskCallOptions {
  policy?: TaskDuePolicy;
  today?: string;
}

/** `GET /api/tasks`: the caller's open tasks (filtered by due date) or done tasks, a page at a time. */
export async function listMyTasks(
  db: Db,
  ctx: RequestContext,
  query: TaskListQuery,
  options: TaskCallOptions = {},
): Promise<TaskList> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'tasks:work');
  const today = options.today ?? ukToday();
  const open = await listTasksFor(db, actor.userId, today, { policy: options.policy });
  const summary = {
    open: open.length,
    dueToday: open.filter((t) => t.dueOn === today).length,
    overdue: open.filter((t) => t.overdue).length,
  };
  const page = { page: query.page, pageSize: query.pageSize };
  let items: TaskItem[];
  let total: number;
  if (query.status === 'done') {
    const done = await doneTasks(db, actor.userId, page);
    items = done.rows.map((row) => toTaskItem(row, actor.userId, today));
    total = done.total;
  } else {
    const matching = open.filter((t) => matchesDueFilter(t.dueOn, today, query.due));
    items = matching.slice(offsetOf(page), offsetOf(page) + page.pageSize);
    total = matching.length;
  }
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'task',
    via: scope.via,
    detail: { status: query.status, due: query.due, returned: items.length },
  });
  return { items, total, ...page, summary };
}

/** Roles that both hold a task list and work cases: who a task may be given to. */
const WORKING_ROLES = rolesGranting('tasks:work').filter((role) => rolesGranting('referrals:work').includes(role));

/**
 * The record a new task is about, through the usual gates (404 when the caller may not see it),
 * and the organisation (PCN) that holds it.
 */
async function linkedRecord(db: Db, ctx: RequestContext, input: CreateTaskRequest) {
  if (input.referralId) {
    const { referral } = await loadReferralFor(db, ctx, input.referralId, 'referrals:work');
    if (input.personId && input.personId !== referral.personId) {
      throw validationError('referralId', 'Choose a referral of this person');
    }
    return { organisationId: referral.organisationId, personId: referral.personId, referralId: referral.id };
  }
  if (input.personId) {
    const { person } = await loadPersonFor(db, ctx, input.personId, 'people:read');
    return { organisationId: person.organisationId, personId: person.id, referralId: null };
  }
  return { organisationId: null, personId: null, referralId: null };
}

/**
 * Which organisation the task belongs to, once the assignee is known: the linked record's, or
 * else the first of the caller's own task-list organisations the assignee also works in. A
 * colleague must work cases (`referrals:work`) over that organisation: in practice, the same PCN.
 */
async function taskOrganisation(
  db: Db,
  ctx: RequestContext,
  scope: OrgScope,
  assigneeUserId: string,
  linkedOrganisationId: string | null,
): Promise<string> {
  const actor = requireActor(ctx);
  const assigneeScope =
    assigneeUserId === actor.userId
      ? scope.organisationIds
      : await withDescendants(db, await membershipOrganisationsOf(db, assigneeUserId, WORKING_ROLES));
  if (linkedOrganisationId !== null) {
    if (!assigneeScope.includes(linkedOrganisationId)) {
      throw validationError('assigneeUserId', 'Choose a colleague who works with this person');
    }
    return linkedOrganisationId;
  }
  const own = grantingMemberships(actor, 'tasks:work').map((m) => m.organisationId);
  const shared = own.find((id) => assigneeScope.includes(id));
  if (!shared) throw validationError('assigneeUserId', 'Choose a colleague in your PCN');
  return shared;
}

/** `POST /api/tasks`: a manual task for the caller or a colleague, about a record the caller may see. */
export async function createTask(
  db: Db,
  ctx: RequestContext,
  input: CreateTaskRequest,
  options: TaskCallOptions = {},
): Promise<TaskItem> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'tasks:work');
  const today = options.today ?? ukToday();
  const linked = await linkedRecord(db, ctx, input);
  const assigneeUserId = input.assigneeUserId ?? actor.userId;
  const organisationId = await taskOrganisation(db, ctx, scope, assigneeUserId, linked.organisationId);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertTask(tx, {
      organisationId,
      assigneeUserId,
      source: 'manual',
      title: input.title,
      dueOn: input.dueOn,
      personId: linked.personId,
      referralId: linked.referralId,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'task',
      recordId: inserted.id,
      via: scope.via,
      detail: {
        forColleague: assigneeUserId !== actor.userId,
        linked: linked.referralId ? 'referral' : linked.personId ? 'person' : null,
      },
    });
    if (assigneeUserId !== actor.userId) {
      await notifyUsers(tx, [assigneeUserId], {
        kind: 'task_assigned',
        subjectType: 'task',
        subjectId: inserted.id,
        title: `${actor.displayName} gave you a task due ${input.dueOn}`,
        link: '/tasks',
        dedupeKey: `task-assigned:${inserted.id}`,
      });
    }
    return inserted;
  });
  return toTaskItem(row, actor.userId, today);
}

/** A stored task the caller may change, with their scope for the audit. */
async function loadTaskFor(db: Db, ctx: RequestContext, id: string): Promise<{ row: TaskRow; scope: OrgScope }> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'tasks:work');
  const row = assertMayChangeTask(await findTask(db, id), actor.userId, scope.organisationIds);
  return { row, scope };
}

/** One versioned change of a stored task, audited in its transaction; 409 if the version moved on. */
async function changeTask(
  db: Db,
  ctx: RequestContext,
  change: { id: string; version: number; set: Partial<TaskRow>; audit: string; today?: string },
): Promise<TaskItem> {
  const actor = requireActor(ctx);
  const { scope } = await loadTaskFor(db, ctx, change.id);
  const updated = await db.transaction(async (tx) => {
    const row = await updateTaskAtVersion(tx, change.id, change.version, change.set);
    if (!row) return undefined;
    await recordAudit(tx, ctx, {
      action: change.audit === 'edit' ? 'update' : 'state_change',
      recordType: 'task',
      recordId: row.id,
      via: scope.via,
      detail: { change: change.audit, version: row.version },
    });
    return row;
  });
  if (!updated) throw staleTaskConflict(await findTask(db, change.id), change.version);
  return toTaskItem(updated, actor.userId, change.today ?? ukToday());
}

/** `PATCH /api/tasks/:id`: a manual task's title or due date. */
export async function updateTask(db: Db, ctx: RequestContext, id: string, input: UpdateTaskRequest): Promise<TaskItem> {
  const { row } = await loadTaskFor(db, ctx, id);
  assertManual(row);
  const set: Partial<TaskRow> = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.dueOn !== undefined) set.dueOn = input.dueOn;
  return changeTask(db, ctx, { id, version: input.version, set, audit: 'edit' });
}

/** `POST /api/tasks/:id/complete`. */
export async function completeTask(db: Db, ctx: RequestContext, id: string, input: TaskVersionRequest): Promise<TaskItem> {
  const actor = requireActor(ctx);
  const { row } = await loadTaskFor(db, ctx, id);
  assertStatus(row, 'open');
  const set = { status: 'done' as const, completedAt: new Date(), completedBy: actor.userId, snoozedUntil: null };
  return changeTask(db, ctx, { id, version: input.version, set, audit: 'complete' });
}

/** `POST /api/tasks/:id/reopen`: back on the list (a generated one shows again while its record still asks for it). */
export async function reopenTask(db: Db, ctx: RequestContext, id: string, input: TaskVersionRequest): Promise<TaskItem> {
  const { row } = await loadTaskFor(db, ctx, id);
  assertStatus(row, 'done');
  const set = { status: 'open' as const, completedAt: null, completedBy: null, snoozedUntil: null };
  return changeTask(db, ctx, { id, version: input.version, set, audit: 'reopen' });
}

/** `POST /api/tasks/:id/snooze`: off the list until `until` (after today); the due date stays. */
export async function snoozeTask(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: SnoozeTaskRequest,
  options: TaskCallOptions = {},
): Promise<TaskItem> {
  const today = options.today ?? ukToday();
  assertSnoozeDate(input.until, today);
  const { row } = await loadTaskFor(db, ctx, id);
  assertStatus(row, 'open');
  return changeTask(db, ctx, { id, version: input.version, set: { snoozedUntil: input.until }, audit: 'snooze', today });
}

/** `DELETE /api/tasks/:id`: only its creator deletes a manual task. */
export async function deleteTask(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const actor = requireActor(ctx);
  const { row, scope } = await loadTaskFor(db, ctx, id);
  assertMayDelete(row, actor.userId);
  await db.transaction(async (tx) => {
    await deleteTaskRow(tx, id);
    await recordAudit(tx, ctx, { action: 'delete', recordType: 'task', recordId: id, via: scope.via });
  });
}

/**
 * A generated task of the caller's, by key: the server works the list out again, so a key the
 * caller's own records do not generate today is 404 whatever it names.
 */
async function loadGeneratedFor(db: Db, ctx: RequestContext, sourceKey: string, options: TaskCallOptions) {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'tasks:work');
  const today = options.today ?? ukToday();
  const generated = await generatedTasksFor(db, actor.userId, today, options.policy ?? DEFAULT_TASK_DUE_POLICY);
  const found = generated.find(({ task }) => task.sourceKey === sourceKey);
  if (!found) throw notFound('Task');
  return { ...found, actor, scope, today };
}

/**
 * Stores a generated task's new state: the first time, a row carrying its title, date and
 * record; afterwards the row is updated. A race for the first row ends in the unique key's 409.
 */
async function saveGenerated(
  db: Db,
  ctx: RequestContext,
  request: { sourceKey: string; set: Partial<TaskRow>; audit: string },
  options: TaskCallOptions,
): Promise<TaskItem> {
  const { task, row, actor, scope, today } = await loadGeneratedFor(db, ctx, request.sourceKey, options);
  if (row && request.set.status === 'done') assertStatus(row, 'open');
  const saved = await db.transaction(async (tx) => {
    const stored = row
      ? await updateTaskAtVersion(tx, row.id, row.version, request.set)
      : await insertTask(tx, {
          organisationId: task.organisationId,
          assigneeUserId: actor.userId,
          source: task.kind,
          sourceKey: task.sourceKey,
          title: task.title,
          dueOn: task.dueOn,
          personId: task.personId,
          referralId: task.referralId,
          createdBy: actor.userId,
          ...request.set,
        });
    if (!stored) return undefined;
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'task',
      recordId: stored.id,
      via: scope.via,
      detail: { change: request.audit, kind: task.kind },
    });
    return stored;
  });
  if (!saved) throw staleTaskConflict(row, row?.version ?? 1);
  return toGeneratedTaskItem(task, saved, actor.userId, today);
}

/** `POST /api/tasks/generated/complete`. */
export async function completeGeneratedTask(
  db: Db,
  ctx: RequestContext,
  input: CompleteGeneratedTaskRequest,
  options: TaskCallOptions = {},
): Promise<TaskItem> {
  const actor = requireActor(ctx);
  const set = { status: 'done' as const, completedAt: new Date(), completedBy: actor.userId, snoozedUntil: null };
  return saveGenerated(db, ctx, { sourceKey: input.sourceKey, set, audit: 'complete' }, options);
}

/** `POST /api/tasks/generated/snooze`. */
export async function snoozeGeneratedTask(
  db: Db,
  ctx: RequestContext,
  input: SnoozeGeneratedTaskRequest,
  options: TaskCallOptions = {},
): Promise<TaskItem> {
  assertSnoozeDate(input.until, options.today ?? ukToday());
  const set = { status: 'open' as const, snoozedUntil: input.until, completedAt: null, completedBy: null };
  return saveGenerated(db, ctx, { sourceKey: input.sourceKey, set, audit: 'snooze' }, options);
}

import { type TaskItem, type TaskList, ukToday } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signInFresh, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, notifications } from '../../db/schema/index.ts';
import { addDays } from './task-due-rules.ts';
import { listTasksFor, taskOverviewFor } from './task-list.ts';
import { recordTestTransition } from './task-test-data.ts';

/** The task list API: generated and manual tasks, complete, snooze, reopen, edit, and who may. */
describe('tasks API', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let worker: SignedIn;
  let workerId: string;
  let colleague: SignedIn;
  let colleagueId: string;
  let outsider: SignedIn;
  let outsiderId: string;
  let manager: SignedIn;
  const today = ukToday();
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    other = await createTestTenant(db());
    const make = async (organisationId: string, role: 'link_worker' | 'pcn_manager') => {
      const user = await createTestUser(db(), [{ organisationId, role }], { displayName: `Test ${role}` });
      return { id: user.id, session: await signInFresh(app, user) };
    };
    ({ id: workerId, session: worker } = await make(tenant.pcn, 'link_worker'));
    ({ id: colleagueId, session: colleague } = await make(tenant.pcn, 'link_worker'));
    ({ id: outsiderId, session: outsider } = await make(other.pcn, 'link_worker'));
    ({ session: manager } = await make(tenant.pcn, 'pcn_manager'));
  });
  afterAll(() => app.close());

  const list = async (session: SignedIn, query = '') => {
    const response = await app.inject({ url: `/api/tasks${query}`, headers: { cookie: session.cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as TaskList;
  };
  const post = (session: SignedIn, url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: session.writeHeaders, payload });
  const patch = (session: SignedIn, id: string, payload: object) =>
    app.inject({ method: 'PATCH', url: `/api/tasks/${id}`, headers: session.writeHeaders, payload });
  const allocatedCase = async (workerUserId: string, organisationId = tenant.pcn) => {
    const referral = await createTestReferral(db(), {
      organisationId,
      assignedWorkerId: workerUserId,
      referrerUserId: null,
      status: 'allocated',
    });
    await recordTestTransition(db(), referral.id, 'allocated', 10);
    return referral;
  };

  it('completes a generated task by its key, lists it as done, and reopens it', async () => {
    const referral = await allocatedCase(workerId);
    const before = await list(worker);
    const contact = before.items.find((t) => t.kind === 'contact_due' && t.referralId === referral.id);
    expect(contact).toMatchObject({ id: null, overdue: true, dueOn: addDays(today, -3) });

    const done = await post(worker, '/api/tasks/generated/complete', { sourceKey: contact?.sourceKey });
    expect(done.statusCode, done.body).toBe(200);
    const doneTask = done.json() as TaskItem;
    expect(doneTask).toMatchObject({ status: 'done', overdue: false, sourceKey: contact?.sourceKey });
    const after = await list(worker);
    expect(after.items.map((t) => t.sourceKey)).not.toContain(contact?.sourceKey);
    expect(after.summary.open).toBe(before.summary.open - 1);
    expect((await list(worker, '?status=done')).items.map((t) => t.id)).toContain(doneTask.id);
    expect((await post(worker, '/api/tasks/generated/complete', { sourceKey: contact?.sourceKey })).statusCode).toBe(409);

    const reopened = await post(worker, `/api/tasks/${doneTask.id}/reopen`, { version: doneTask.version });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((await list(worker)).items.map((t) => t.sourceKey)).toContain(contact?.sourceKey);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'task'),
          eq(auditEvents.recordId, doneTask.id as string),
          eq(auditEvents.action, 'state_change'),
        ),
      );
    expect(audit?.actorUserId).toBe(workerId);
  });

  it('snoozes a generated task to a later day only', async () => {
    const referral = await allocatedCase(workerId);
    const task = (await list(worker)).items.find((t) => t.referralId === referral.id);
    const snooze = (until: string) => post(worker, '/api/tasks/generated/snooze', { sourceKey: task?.sourceKey, until });
    expect((await snooze(today)).statusCode).toBe(400);
    const snoozed = await snooze(addDays(today, 1));
    expect(snoozed.statusCode, snoozed.body).toBe(200);
    expect(snoozed.json()).toMatchObject({ status: 'open', snoozedUntil: addDays(today, 1) });
    expect((await list(worker)).items.map((t) => t.sourceKey)).not.toContain(task?.sourceKey);
  });

  it('refuses keys that are not among the caller’s generated tasks', async () => {
    const referral = await allocatedCase(workerId);
    const task = (await list(worker)).items.find((t) => t.referralId === referral.id);
    expect((await post(outsider, '/api/tasks/generated/complete', { sourceKey: task?.sourceKey })).statusCode).toBe(404);
    expect((await post(colleague, '/api/tasks/generated/complete', { sourceKey: task?.sourceKey })).statusCode).toBe(404);
    const forged = `review_due:${referral.id}:${addDays(today, -1)}`;
    expect((await post(worker, '/api/tasks/generated/complete', { sourceKey: forged })).statusCode).toBe(404);
    expect((await post(worker, '/api/tasks/generated/complete', { sourceKey: "'; drop table x" })).statusCode).toBe(400);
  });

  it('manual tasks: overdue, edited with the version, completed, reopened, snoozed and deleted', async () => {
    const referral = await allocatedCase(workerId);
    const created = await post(worker, '/api/tasks', {
      title: 'Ring the housing officer',
      dueOn: addDays(today, -1),
      referralId: referral.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json() as TaskItem;
    expect(task).toMatchObject({
      kind: 'manual',
      overdue: true,
      personId: referral.personId,
      link: `/cases/${referral.id}`,
      version: 1,
    });
    expect(task).toMatchObject({ editable: true, deletable: true });
    expect((await list(worker, '?due=overdue')).items.map((t) => t.id)).toContain(task.id);
    expect((await list(worker, '?due=today')).items.map((t) => t.id)).not.toContain(task.id);

    const edited = await patch(worker, task.id as string, { version: 1, dueOn: today });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ overdue: false, version: 2 });
    const stale = await patch(worker, task.id as string, { version: 1, title: 'Something else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('version 2');

    const completed = await post(worker, `/api/tasks/${task.id}/complete`, { version: 2 });
    expect(completed.json()).toMatchObject({ status: 'done', version: 3 });
    expect((await post(worker, `/api/tasks/${task.id}/snooze`, { version: 3, until: addDays(today, 2) })).statusCode).toBe(409);
    expect((await post(worker, `/api/tasks/${task.id}/reopen`, { version: 3 })).json()).toMatchObject({ status: 'open' });
    const snoozed = await post(worker, `/api/tasks/${task.id}/snooze`, { version: 4, until: addDays(today, 2) });
    expect(snoozed.statusCode, snoozed.body).toBe(200);
    expect((await list(worker)).items.map((t) => t.id)).not.toContain(task.id);

    const deleted = await app.inject({ method: 'DELETE', url: `/api/tasks/${task.id}`, headers: worker.writeHeaders });
    expect(deleted.statusCode).toBe(204);
    expect((await post(worker, `/api/tasks/${task.id}/complete`, { version: 5 })).statusCode).toBe(404);
  });

  it('gives a task to a colleague in the same PCN, who is told and may complete but not delete it', async () => {
    const created = await post(worker, '/api/tasks', {
      title: 'Cover the Tuesday drop-in',
      dueOn: today,
      assigneeUserId: colleagueId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json() as TaskItem;
    expect((await list(colleague)).items.map((t) => t.id)).toContain(task.id);
    expect((await list(worker)).items.map((t) => t.id)).not.toContain(task.id);
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, colleagueId), eq(notifications.subjectId, task.id as string)));
    expect(told).toHaveLength(1);
    expect(told[0]?.kind).toBe('task_assigned');

    const remove = await app.inject({ method: 'DELETE', url: `/api/tasks/${task.id}`, headers: colleague.writeHeaders });
    expect(remove.statusCode).toBe(403);
    expect((await post(colleague, `/api/tasks/${task.id}/complete`, { version: 1 })).statusCode).toBe(200);
  });

  it('keeps other PCNs out: no colleague there, no record there, no list or task of ours', async () => {
    const toOutsider = await post(worker, '/api/tasks', { title: 'Hand over', dueOn: today, assigneeUserId: outsiderId });
    expect(toOutsider.statusCode).toBe(400);
    expect(toOutsider.json().issues[0].path).toBe('assigneeUserId');
    const theirCase = await allocatedCase(outsiderId, other.pcn);
    expect((await post(worker, '/api/tasks', { title: 'Look', dueOn: today, personId: theirCase.personId })).statusCode).toBe(
      404,
    );
    expect((await post(worker, '/api/tasks', { title: 'Look', dueOn: today, referralId: theirCase.id })).statusCode).toBe(404);

    const mine = (await post(worker, '/api/tasks', { title: 'Private note to self', dueOn: today })).json() as TaskItem;
    const theirs = await list(outsider);
    expect(theirs.items.map((t) => t.id)).not.toContain(mine.id);
    expect(theirs.items.every((t) => t.referralId === null || t.referralId === theirCase.id)).toBe(true);
    expect((await post(outsider, `/api/tasks/${mine.id}/complete`, { version: 1 })).statusCode).toBe(404);
    expect((await patch(outsider, mine.id as string, { version: 1, title: 'Mine now' })).statusCode).toBe(404);

    expect((await app.inject({ url: '/api/tasks', headers: { cookie: manager.cookie } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/tasks' })).statusCode).toBe(401);
  });

  it('pages the open list with a stable order and the counts whatever the filter', async () => {
    const pageWorker = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    const session = await signInFresh(app, pageWorker);
    for (const day of [-2, -1, 0, 1, 2]) await post(session, '/api/tasks', { title: `Task ${day}`, dueOn: addDays(today, day) });
    const first = await list(session, '?pageSize=3');
    const second = await list(session, '?pageSize=3&page=2');
    // Five manual tasks plus supervision due (never supervised).
    expect(first.total).toBe(6);
    expect([...first.items, ...second.items].map((t) => t.dueOn)).toEqual([
      addDays(today, -2),
      addDays(today, -1),
      today,
      today,
      addDays(today, 1),
      addDays(today, 2),
    ]);
    expect(first.summary).toEqual({ open: 6, overdue: 2, dueToday: 2 });
    // The dashboard's top few, cut in SQL, are the list's first few.
    const top = await listTasksFor(db(), pageWorker.id, today, { limit: 3 });
    expect(top.map((t) => t.id ?? t.sourceKey)).toEqual(first.items.map((t) => t.id ?? t.sourceKey));
    const overview = await taskOverviewFor(db(), pageWorker.id, today, { limit: 3 });
    expect(overview.summary).toEqual(first.summary);
    expect(overview.items).toEqual(top);
    expect((await list(session, '?due=week')).total).toBe(4);
  });
});

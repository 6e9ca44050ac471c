import { OPEN_CASE_STATUSES, ukToday } from '@kith/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { referrals } from '../../db/schema/index.ts';
import { addDays } from './task-due-rules.ts';
import { insertTask } from './task-repository.ts';

/** One demo manual task: days from today (UK), and whether it is about one of the worker's cases. */
interface DemoTask {
  title: string;
  inDays: number;
  aboutCase?: number;
  /** Given by the demo supervisor rather than written by the worker. */
  fromSupervisor?: boolean;
}

/** A late one, two for today, and the week ahead, so every group of "Your tasks" has something. */
const DEMO_TASKS: readonly DemoTask[] = [
  { title: 'Send the befriending service their referral form back', inDays: -2, aboutCase: 0 },
  { title: 'Ring the housing officer about the repairs', inDays: 0, aboutCase: 1 },
  { title: 'Book the community hall for the walking group', inDays: 0 },
  { title: 'Cover the Thursday drop-in at Harbour Road', inDays: 3, fromSupervisor: true },
  { title: 'Update the local services list for the team meeting', inDays: 5 },
];

/**
 * Manual tasks for the demo link worker (linkworker@kith.example); the generated ones (contact,
 * review, plan actions…) come from the demo cases themselves. Written straight to the table, like
 * the other demo records; returns how many were made.
 */
export async function loadDemoTasks(db: Db, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const worker = (await contextForUser(db, 'linkworker@kith.example')).actor;
  const supervisor = (await contextForUser(db, 'supervisor@kith.example')).actor;
  const pcnId = worker?.memberships.find((m) => m.role === 'link_worker')?.organisationId;
  if (!worker || !pcnId) return 0;
  const openCases = await db
    .select({ id: referrals.id, personId: referrals.personId })
    .from(referrals)
    .where(and(eq(referrals.assignedWorkerId, worker.userId), inArray(referrals.status, [...OPEN_CASE_STATUSES])))
    .orderBy(asc(referrals.createdAt), asc(referrals.id));
  const today = ukToday(now);
  let made = 0;
  await db.transaction(async (tx) => {
    for (const task of DEMO_TASKS) {
      const about = task.aboutCase === undefined ? undefined : openCases[task.aboutCase];
      await insertTask(tx, {
        organisationId: pcnId,
        assigneeUserId: worker.userId,
        source: 'manual',
        title: task.title,
        dueOn: addDays(today, task.inDays),
        personId: about?.personId ?? null,
        referralId: about?.id ?? null,
        createdBy: task.fromSupervisor && supervisor ? supervisor.userId : worker.userId,
      });
      made += 1;
    }
  });
  return made;
}

import { referralReference, ukToday } from '@kith/shared';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { carePlans, organisations, referrals } from '../../db/schema/index.ts';
import { enqueueJob, type JobRow } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { peopleOfPcn } from '../supervision/pcn-people-repository.ts';
import { lastSessionsByType } from '../supervision/supervision-repository.ts';
import type { SupervisionInterval } from '../supervision/supervision-status.ts';
import { toOverviewRow } from '../supervision/supervision-view.ts';
import { notifyUsers } from './notify.ts';

/**
 * The daily due scan: care-plan actions due or overdue and plan reviews due (the case's worker),
 * and supervision due or overdue (the link worker and their PCN's supervisors). Dedupe keys name
 * the due date (or the supervision status and last session), so each thing is told once however
 * often the scan runs, and again only when it falls due anew.
 */
export const DUE_SCAN_JOB = 'notifications.due-scan';

/** The supervision interval travels in the payload: the job handler has no configuration. */
const Payload = z.object({ dueAfterWeeks: z.number().int().min(1), overdueAfterWeeks: z.number().int().min(1) });

/** Cases with a worker and a plan that is being worked: where actions and reviews can fall due. */
const WORKING_STATUSES = ['allocated', 'contacted', 'active'] as const;

const RUN_HOUR_UTC = 6;

function jobKey(day: string): string {
  return `notification-due-scan:${day}`;
}

/** Queues today's scan at start-up, due now; the day's key makes a second start add nothing. */
export async function ensureDueScanJob(db: DbOrTx, interval: SupervisionInterval, now = new Date()): Promise<void> {
  await enqueueJob(db, {
    kind: DUE_SCAN_JOB,
    payload: { ...interval },
    runAt: now,
    dedupeKey: jobKey(now.toISOString().slice(0, 10)),
  });
}

export async function runDueScan(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const interval = Payload.parse(job.payload);
  const counts = await scanDue(tx, interval, now);
  await recordAudit(
    tx,
    { actor: null, requestId: `job:${job.id}` },
    { action: 'create', recordType: 'notification', detail: { dueScan: counts } },
  );
  const tomorrow = new Date(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await enqueueJob(tx, {
    kind: DUE_SCAN_JOB,
    payload: { ...interval },
    runAt: new Date(`${tomorrow}T0${RUN_HOUR_UTC}:00:00Z`),
    dedupeKey: jobKey(tomorrow),
  });
}

export interface DueScanCounts {
  planActions: number;
  reviews: number;
  supervision: number;
}

/**
 * Raises everything due on the UK calendar day of `now`; returns how many events were raised.
 * `pcnIds` narrows the scan to some PCNs (tests share one database); the job scans them all.
 */
export async function scanDue(
  tx: Tx,
  interval: SupervisionInterval,
  now: Date,
  { pcnIds }: { pcnIds?: readonly string[] } = {},
): Promise<DueScanCounts> {
  const today = ukToday(now);
  const counts: DueScanCounts = { planActions: 0, reviews: 0, supervision: 0 };

  const plans = await tx
    .select({
      referralId: referrals.id,
      workerId: referrals.assignedWorkerId,
      actions: carePlans.actions,
      reviewDate: carePlans.reviewDate,
    })
    .from(carePlans)
    .innerJoin(referrals, eq(referrals.id, carePlans.referralId))
    .where(
      and(
        inArray(referrals.status, [...WORKING_STATUSES]),
        isNotNull(referrals.assignedWorkerId),
        pcnIds ? inArray(referrals.organisationId, [...pcnIds]) : undefined,
      ),
    );

  for (const plan of plans) {
    if (!plan.workerId) continue;
    const reference = referralReference(plan.referralId);
    const link = `/cases/${plan.referralId}/care-plan`;
    for (const action of plan.actions) {
      if (action.done || !action.dueDate || action.dueDate > today) continue;
      const when = action.dueDate === today ? 'is due today' : `was due on ${action.dueDate}`;
      await notifyUsers(
        tx,
        [plan.workerId],
        {
          kind: 'plan_action_due',
          subjectType: 'referral',
          subjectId: plan.referralId,
          title: `A care-plan action on ${reference} ${when}`,
          link,
          dedupeKey: `plan-action-due:${plan.referralId}:${action.id}:${action.dueDate}`,
        },
        now,
      );
      counts.planActions += 1;
    }
    if (plan.reviewDate && plan.reviewDate <= today) {
      const when = plan.reviewDate === today ? 'is due today' : `was due on ${plan.reviewDate}`;
      await notifyUsers(
        tx,
        [plan.workerId],
        {
          kind: 'review_due',
          subjectType: 'referral',
          subjectId: plan.referralId,
          title: `The care-plan review for ${reference} ${when}`,
          link,
          dedupeKey: `review-due:${plan.referralId}:${plan.reviewDate}`,
        },
        now,
      );
      counts.reviews += 1;
    }
  }

  counts.supervision = await scanSupervision(tx, interval, today, now, pcnIds);
  return counts;
}

/** Each PCN's link workers whose supervision is due or overdue: the worker and the PCN's supervisors. */
async function scanSupervision(
  tx: Tx,
  interval: SupervisionInterval,
  today: string,
  now: Date,
  pcnIds: readonly string[] | undefined,
): Promise<number> {
  const pcns = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.kind, 'pcn'), pcnIds ? inArray(organisations.id, [...pcnIds]) : undefined));
  let raised = 0;
  for (const pcn of pcns) {
    const people = await peopleOfPcn(tx, pcn.id);
    const workers = people.filter((p) => p.roles.includes('link_worker'));
    if (workers.length === 0) continue;
    const supervisors = people.filter((p) => p.roles.includes('supervisor')).map((p) => p.userId);
    const last = await lastSessionsByType(
      tx,
      pcn.id,
      workers.map((w) => w.userId),
    );
    for (const worker of workers) {
      const row = toOverviewRow(worker, last, today, interval);
      if (row.status === 'ok') continue;
      const since = row.lastSessionOn ?? 'never';
      const overdue = row.status === 'overdue';
      await notifyUsers(
        tx,
        [worker.userId],
        {
          kind: 'supervision_due',
          subjectType: 'user',
          subjectId: worker.userId,
          title: overdue ? 'Your supervision is overdue' : 'Your supervision is due',
          link: '/supervision',
          dedupeKey: `supervision-due:${pcn.id}:${worker.userId}:${since}:${row.status}`,
        },
        now,
      );
      await notifyUsers(
        tx,
        supervisors.filter((id) => id !== worker.userId),
        {
          kind: 'supervision_due',
          subjectType: 'user',
          subjectId: worker.userId,
          title: `${worker.name}'s supervision is ${overdue ? 'overdue' : 'due'}`,
          link: '/supervision',
          dedupeKey: `supervision-due-supervisor:${pcn.id}:${worker.userId}:${since}:${row.status}`,
        },
        now,
      );
      raised += 1;
    }
  }
  return raised;
}

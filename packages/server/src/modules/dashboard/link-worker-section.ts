import {
  DASHBOARD_LIST_LIMIT,
  type LinkWorkerSection,
  NEW_ALLOCATION_DAYS,
  NOT_CONTACTED_DAYS,
  ONWARD_UPDATE_DAYS,
  ukInstant,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { appointmentsForWorker } from '../appointments/appointment-queries.ts';
import { measureWorker } from '../reports/pressure/caseload-pressure-tables.ts';
import { addDays } from '../reports/pressure/caseload-sql.ts';
import { getReportSettings } from '../reports/settings/report-settings-service.ts';
import type { TaskDuePolicy } from '../tasks/task-due-rules.ts';
import { taskOverviewFor } from '../tasks/task-list.ts';
import { daysBefore, pcnIdsAmong } from './dashboard-sql.ts';
import { toCaseloadMeasure, toDashboardAppointment, toDashboardCase, toDashboardTask } from './dashboard-view.ts';
import { casesNotContacted, newAllocations, onwardUpdates } from './link-worker-repository.ts';
import { workerCaseloadNow } from './worker-caseload-repository.ts';

/**
 * The link worker's own day: today's appointments and tasks (the appointments and tasks modules'
 * functions), new allocations, onward referral updates, caseload against weighted capacity (the
 * pressure report's measure with the saved capacity settings) and people not contacted for
 * {@link NOT_CONTACTED_DAYS} days. Cases are those of the worker's `caseload:hold` scope, onward
 * referrals those of their `onward:read` scope. One query at a time: PGlite runs one anyway.
 */
export async function linkWorkerSection(
  db: DbOrTx,
  ctx: RequestContext,
  options: { now: Date; today: string; taskPolicy?: TaskDuePolicy },
): Promise<LinkWorkerSection> {
  const { now, today } = options;
  const { userId } = requireActor(ctx);
  const caseScope = await scopeFor(db, ctx, 'caseload:hold');
  const onwardScope = await scopeFor(db, ctx, 'onward:read');

  const appointments = (await appointmentsForWorker(db, userId, ukDayStart(today), ukDayStart(addDays(today, 1)))).filter(
    (appointment) => appointment.status !== 'cancelled',
  );
  // One pass gives the counts and the first rows, reading only the first few manual tasks
  // (a worker may hold a thousand).
  const tasks = await taskOverviewFor(db, userId, today, { limit: DASHBOARD_LIST_LIMIT, policy: options.taskPolicy });
  const allocations = await newAllocations(db, userId, caseScope.organisationIds, daysBefore(now, NEW_ALLOCATION_DAYS));
  const updates = await onwardUpdates(db, userId, onwardScope.organisationIds, daysBefore(now, ONWARD_UPDATE_DAYS));
  const notContacted = await casesNotContacted(db, userId, caseScope.organisationIds, daysBefore(now, NOT_CONTACTED_DAYS));

  const { pressure } = await getReportSettings(db);
  const pcnIds = await pcnIdsAmong(db, caseScope.organisationIds);
  const mine = await workerCaseloadNow(db, userId, pcnIds, now);
  // A worker with no row (no PCN membership left in scope) holds nothing here, at 1.0 WTE.
  const measured = measureWorker(
    { workerId: userId, workerName: '', pcnId: '', pcnName: '', ...(mine ?? NOTHING_HELD) },
    pressure,
  );

  return {
    role: 'link_worker',
    appointmentsToday: {
      total: appointments.length,
      items: appointments.slice(0, DASHBOARD_LIST_LIMIT).map(toDashboardAppointment),
    },
    tasks: {
      ...tasks.summary,
      // Soonest due first, so the overdue and today's tasks lead.
      items: tasks.items.filter((task) => task.dueOn <= today).map(toDashboardTask),
    },
    newAllocations: {
      days: NEW_ALLOCATION_DAYS,
      total: allocations.total,
      items: allocations.items.map((row) => toDashboardCase(row, now)),
    },
    onwardUpdates: {
      days: ONWARD_UPDATE_DAYS,
      total: updates.total,
      items: updates.items.map((row) => ({
        onwardReferralId: row.onwardReferralId,
        personName: row.personName,
        serviceName: row.serviceName,
        status: row.status,
        at: row.at.toISOString(),
      })),
    },
    caseload: { ...toCaseloadMeasure(measured, pressure.alertThresholdPercent), wte: measured.wte },
    notContacted: {
      days: NOT_CONTACTED_DAYS,
      total: notContacted.total,
      items: notContacted.items.map((row) => toDashboardCase(row, now)),
    },
  };
}

const NOTHING_HELD = { wte: 1, activeCases: 0, weightedCases: 0, allocatedLastYear: 0 };

/** The instant a UK calendar day starts (midnight is never skipped or repeated: the clocks change at 01:00 and 02:00). */
function ukDayStart(day: string): string {
  const start = ukInstant(`${day}T00:00`);
  if (!start.ok) throw new Error(`no UK midnight on ${day}`);
  return start.instant.toISOString();
}

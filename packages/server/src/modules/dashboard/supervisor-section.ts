import { DASHBOARD_LIST_LIMIT, type SupervisorSection } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { measureWorker } from '../reports/pressure/caseload-pressure-tables.ts';
import { workerCaseloads } from '../reports/pressure/caseload-snapshot.ts';
import { getReportSettings } from '../reports/settings/report-settings-service.ts';
import { pcnsAmong, peopleOfPcn } from '../supervision/pcn-people-repository.ts';
import { lastSessionsByType } from '../supervision/supervision-repository.ts';
import type { SupervisionInterval } from '../supervision/supervision-status.ts';
import { toOverviewRow } from '../supervision/supervision-view.ts';
import { pcnIdsAmong, wholeDaysSince } from './dashboard-sql.ts';
import { byPressure, bySupervisionNeed, toWorkerPressureRow } from './dashboard-view.ts';
import { openConcernCounts, queueFigures } from './team-repository.ts';

/**
 * The supervisor's widgets, each over the scope its full list uses: the queue (`referrals:read`,
 * as `GET /api/referrals`), safeguarding (`safeguarding:manage`), team pressure (`referrals:allocate`,
 * through which supervisors see workers' caseloads; the pressure report's own measure and the
 * saved capacity settings) and supervision (`supervision:oversee`, the overview's rule per PCN).
 * One query at a time: PGlite runs one anyway.
 */
export async function supervisorSection(
  db: DbOrTx,
  ctx: RequestContext,
  options: { now: Date; today: string; supervision: SupervisionInterval },
): Promise<SupervisorSection> {
  const { now, today } = options;
  const queueScope = await scopeFor(db, ctx, 'referrals:read');
  const queue = await queueFigures(db, queueScope.organisationIds);

  const safeguardingScope = await scopeFor(db, ctx, 'safeguarding:manage');
  const safeguarding = await openConcernCounts(db, safeguardingScope.organisationIds);

  const teamScope = await scopeFor(db, ctx, 'referrals:allocate');
  const { pressure } = await getReportSettings(db);
  const teamPcnIds = await pcnIdsAmong(db, teamScope.organisationIds);
  const workers = (await workerCaseloads(db, { pcnIds: teamPcnIds, practiceId: null, workerId: null }, now)).map((worker) =>
    measureWorker(worker, pressure),
  );

  const oversightScope = await scopeFor(db, ctx, 'supervision:oversee');
  const supervisionRows = [];
  for (const pcn of await pcnsAmong(db, oversightScope.organisationIds)) {
    const linkWorkers = (await peopleOfPcn(db, pcn.id)).filter((person) => person.roles.includes('link_worker'));
    const last = await lastSessionsByType(
      db,
      pcn.id,
      linkWorkers.map((worker) => worker.userId),
    );
    supervisionRows.push(...linkWorkers.map((worker) => toOverviewRow(worker, last, today, options.supervision)));
  }
  const needing = supervisionRows.filter((row) => row.status !== 'ok').sort(bySupervisionNeed);

  return {
    role: 'supervisor',
    queue: {
      total: queue.total,
      byUrgency: queue.byUrgency,
      longestWaitingDays: queue.oldestReceivedAt ? wholeDaysSince(queue.oldestReceivedAt, now) : null,
      items: queue.items.map((item) => ({
        referralId: item.referralId,
        personName: item.personName,
        urgency: item.urgency,
        status: item.status,
        waitingDays: wholeDaysSince(item.receivedAt, now),
      })),
    },
    safeguarding,
    teamPressure: {
      workers: workers.length,
      workersOver: workers.filter((worker) => worker.over).length,
      items: [...workers]
        .sort(byPressure)
        .slice(0, DASHBOARD_LIST_LIMIT)
        .map((worker) => toWorkerPressureRow(worker, pressure.alertThresholdPercent)),
    },
    supervision: {
      due: needing.filter((row) => row.status === 'due').length,
      overdue: needing.filter((row) => row.status === 'overdue').length,
      items: needing
        .slice(0, DASHBOARD_LIST_LIMIT)
        .map((row) => ({ userId: row.userId, name: row.name, status: row.status, daysSince: row.daysSince })),
    },
  };
}

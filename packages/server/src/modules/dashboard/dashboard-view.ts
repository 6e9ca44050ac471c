import {
  type Appointment,
  type CaseloadMeasure,
  type DashboardAppointment,
  type DashboardCase,
  type DashboardTask,
  roundTo,
  type SupervisionOverviewRow,
  type TaskItem,
  type WorkerPressureRow,
} from '@kith/shared';
import type { WorkerPressure } from '../reports/pressure/caseload-pressure-tables.ts';
import { wholeDaysSince } from './dashboard-sql.ts';
import type { CaseRow } from './link-worker-repository.ts';

/** Rows and figures → the dashboard's widgets: the only place they are shaped. */

export function toDashboardAppointment(appointment: Appointment): DashboardAppointment {
  return {
    id: appointment.id,
    referralId: appointment.referralId,
    personName: appointment.personName,
    startsAt: appointment.startsAt,
    durationMinutes: appointment.durationMinutes,
    mode: appointment.mode,
    status: appointment.status,
  };
}

export function toDashboardTask(task: TaskItem): DashboardTask {
  return { kind: task.kind, title: task.title, dueOn: task.dueOn, overdue: task.overdue, link: task.link };
}

export function toDashboardCase(row: CaseRow, now: Date): DashboardCase {
  return {
    referralId: row.referralId,
    personId: row.personId,
    personName: row.personName,
    urgency: row.urgency,
    allocatedAt: row.allocatedAt?.toISOString() ?? null,
    daysSinceLastContact: row.lastContactAt ? wholeDaysSince(row.lastContactAt, now) : null,
  };
}

/** A worker's caseload against capacity, rounded as the pressure report shows it. */
export function toCaseloadMeasure(worker: WorkerPressure, thresholdPercent: number): CaseloadMeasure {
  return {
    activeCases: worker.activeCases,
    weightedCases: roundTo(worker.weightedCases, 1),
    capacity: roundTo(worker.activeCapacity, 1),
    percentOfCapacity: roundTo(worker.percentOfCapacity, 1),
    thresholdPercent,
    over: worker.over,
  };
}

export function toWorkerPressureRow(worker: WorkerPressure, thresholdPercent: number): WorkerPressureRow {
  return { workerId: worker.workerId, workerName: worker.workerName, ...toCaseloadMeasure(worker, thresholdPercent) };
}

/** Fullest first, then by name, so the widget shows who needs help. */
export function byPressure(a: WorkerPressure, b: WorkerPressure): number {
  return b.percentOfCapacity - a.percentOfCapacity || a.workerName.localeCompare(b.workerName);
}

const SUPERVISION_RANK = { overdue: 0, due: 1, ok: 2 } as const;

/** Overdue before due; never supervised, then longest since, first. */
export function bySupervisionNeed(a: SupervisionOverviewRow, b: SupervisionOverviewRow): number {
  return (
    SUPERVISION_RANK[a.status] - SUPERVISION_RANK[b.status] ||
    (b.daysSince ?? Number.MAX_SAFE_INTEGER) - (a.daysSince ?? Number.MAX_SAFE_INTEGER) ||
    a.name.localeCompare(b.name)
  );
}

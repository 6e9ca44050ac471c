import type { SupervisionStatus } from '@kith/shared';

/**
 * The supervision target interval (domain reference: regular clinical supervision is a PCN duty;
 * every 4–6 weeks is common). Measured from the last session of any type the worker attended as
 * supervisee; a worker never supervised is overdue at once.
 */
export interface SupervisionInterval {
  dueAfterWeeks: number;
  overdueAfterWeeks: number;
}

const DAY_MS = 86_400_000;

/** Whole days from `fromIso` (a calendar date) to `todayIso`, counted in UTC so DST cannot skew it. */
export function daysBetween(fromIso: string, todayIso: string): number {
  return Math.round((Date.parse(`${todayIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/** `ok`, `due` (at least dueAfterWeeks since) or `overdue` (at least overdueAfterWeeks, or never). */
export function supervisionStatus(daysSince: number | null, interval: SupervisionInterval): SupervisionStatus {
  if (daysSince === null || daysSince >= interval.overdueAfterWeeks * 7) return 'overdue';
  if (daysSince >= interval.dueAfterWeeks * 7) return 'due';
  return 'ok';
}

/**
 * Supervisors to link workers as "1 : n" (n to one decimal place when it does not divide), or
 * "0 : n" when the PCN has no supervisor, so a gap is plain to see.
 */
export function supervisionRatio(supervisors: number, linkWorkers: number): string {
  if (supervisors === 0) return `0 : ${linkWorkers}`;
  const perSupervisor = Math.round((linkWorkers / supervisors) * 10) / 10;
  return `1 : ${perSupervisor}`;
}

import { COMPLEXITY_WEIGHTS, OPEN_CASE_STATUSES, type PressureSettings } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';

/**
 * SQL building blocks shared by the caseload pressure report and the supervisor alert job, so
 * "open", "weighted" and "over the threshold" mean the same in both.
 */

/** Which referrals count: null fields are not filtered (the alert job looks at everyone). */
export interface CaseloadFilter {
  pcnIds: string[] | null;
  practiceId: string | null;
  workerId: string | null;
}

/** The statuses that end a case (docs/reports.md, "Caseload"): the history counts a case open until one of these. */
export const CASE_ENDING_STATUSES = ['discharged', 'declined', 'not_reached', 'withdrawn', 'closed_in_error'] as const;

/** Referrals assigned to a worker, within the filter; `r` is the referrals alias. */
export function assignedReferralsWhere(filter: CaseloadFilter): SQL {
  const parts: SQL[] = [sql`r.assigned_worker_id IS NOT NULL`];
  if (filter.pcnIds) parts.push(sql`r.organisation_id = ANY(${sql.param(filter.pcnIds)}::uuid[])`);
  if (filter.workerId) parts.push(sql`r.assigned_worker_id = ${filter.workerId}::uuid`);
  if (filter.practiceId) {
    parts.push(
      sql`EXISTS (SELECT 1 FROM people p WHERE p.id = r.person_id AND p.registered_practice_id = ${filter.practiceId}::uuid)`,
    );
  }
  return sql.join(parts, sql` AND `);
}

/** A case's weight from its complexity (COMPLEXITY_WEIGHTS); not yet assessed counts as 1. */
export function complexityWeight(column: SQL): SQL {
  const cases = Object.entries(COMPLEXITY_WEIGHTS).map(([level, weight]) => sql`WHEN ${level} THEN ${weight}::numeric`);
  return sql`(CASE ${column}::text ${sql.join(cases, sql` `)} ELSE 1::numeric END)`;
}

/** The open case statuses (OPEN_CASE_STATUSES) as an SQL list for `status IN …`. */
export const openStatusList = sql`(${sql.join(
  OPEN_CASE_STATUSES.map((s) => sql`${s}::referral_status`),
  sql`, `,
)})`;
const endingStatusList = sql`(${sql.join(
  CASE_ENDING_STATUSES.map((s) => sql`${s}::referral_status`),
  sql`, `,
)})`;

/**
 * Each worker's whole-time equivalent on `day`: the sum over the posts they hold that have
 * started and not ended, or 1.0 when they hold none (docs/reports.md). Columns: worker_id, wte.
 */
export function currentWte(day: string): SQL {
  return sql`SELECT holder_user_id AS worker_id, sum(wte) AS wte FROM workforce_posts
    WHERE holder_user_id IS NOT NULL AND start_date <= ${day}::date AND (end_date IS NULL OR end_date >= ${day}::date)
    GROUP BY holder_user_id`;
}

/** WTE from a LEFT JOINed `currentWte` row aliased `alias`, defaulting to 1.0. */
export function wteOrOne(alias: string): SQL {
  return sql`coalesce(nullif(${sql.raw(alias)}.wte, 0), 1)`;
}

/** True when `weighted` is above the threshold percentage of the active capacity of `wte`. */
export function overThreshold(weighted: SQL, wte: SQL, settings: PressureSettings): SQL {
  return sql`(${weighted} * 100 > ${settings.alertThresholdPercent}::numeric * ${settings.activeCapacityPerWte}::numeric * ${wte})`;
}

/** An ISO date `days` later (or earlier, when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Open cases from the status history (docs/reports.md): a referral is open on day D if its
 * first move to 'allocated' is on or before D and no move to an ending status is. Days are
 * counted as j = D − firstDay. The CTEs give running totals that change only on days with events:
 * - `case_steps` (worker_id, pcn_id, j, next_j, open_cases, weighted): from day j until the day
 *   before next_j (or for good when null), the worker's open cases in that PCN;
 * - `worker_steps` (worker_id, j, next_j, weighted): the same over all the worker's PCNs.
 *
 * One pass over the history however long the period: each case becomes +1 on the day it opened
 * and −1 on the day it ended, summed per day and cumulatively. Cases that ended on or before
 * `firstDay` cancel out and are skipped, so the cost is the history of the referrals in scope.
 */
export function caseStepsCte(filter: CaseloadFilter, firstDay: string, lastDay: string): SQL {
  const dayAfterFirst = addDays(firstDay, 1);
  const dayAfterLast = addDays(lastDay, 1);
  return sql`
    cases AS (
      SELECT r.assigned_worker_id AS worker_id, r.organisation_id AS pcn_id, ${complexityWeight(sql`r.complexity`)} AS weight,
        (min(t.at) FILTER (WHERE t.to_status = 'allocated') AT TIME ZONE 'UTC')::date AS opened_on,
        (min(t.at) FILTER (WHERE t.to_status IN ${endingStatusList}) AT TIME ZONE 'UTC')::date AS ended_on
      FROM referrals r
      JOIN referral_transitions t ON t.referral_id = r.id AND (t.to_status = 'allocated' OR t.to_status IN ${endingStatusList})
      WHERE ${assignedReferralsWhere(filter)} AND r.created_at < ${dayAfterLast}::timestamptz
      GROUP BY r.id
      HAVING min(t.at) FILTER (WHERE t.to_status = 'allocated') < ${dayAfterLast}::timestamptz
        AND coalesce(min(t.at) FILTER (WHERE t.to_status IN ${endingStatusList}), 'infinity'::timestamptz) >= ${dayAfterFirst}::timestamptz
    ),
    case_events AS (
      SELECT worker_id, pcn_id, greatest(opened_on - ${firstDay}::date, 0) AS j, weight, 1 AS n FROM cases
      UNION ALL
      -- An ending recorded before the allocation (inconsistent history) closes it the day it opened.
      SELECT worker_id, pcn_id, greatest(ended_on, opened_on) - ${firstDay}::date, -weight, -1 FROM cases
      WHERE ended_on IS NOT NULL AND ended_on <= ${lastDay}::date
      UNION ALL
      -- Every series starts on the first day, even before the worker's first case there opens.
      SELECT DISTINCT worker_id, pcn_id, 0, 0::numeric, 0 FROM cases
    ),
    case_steps AS (
      SELECT worker_id, pcn_id, j, lead(j) OVER running AS next_j,
        sum(sum(n)) OVER running AS open_cases, sum(sum(weight)) OVER running AS weighted
      FROM case_events
      GROUP BY worker_id, pcn_id, j
      WINDOW running AS (PARTITION BY worker_id, pcn_id ORDER BY j)
    ),
    worker_steps AS (
      SELECT worker_id, j, lead(j) OVER running AS next_j, sum(sum(weight)) OVER running AS weighted
      FROM case_events
      GROUP BY worker_id, j
      WINDOW running AS (PARTITION BY worker_id ORDER BY j)
    )`;
}

import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  assignedReferralsWhere,
  type CaseloadFilter,
  complexityWeight,
  currentWte,
  openStatusList,
  wteOrOne,
} from './caseload-sql.ts';

const DAY_MS = 86_400_000;

/** One worker's caseload now. */
export interface WorkerCaseload {
  workerId: string;
  workerName: string;
  /** The PCN the worker belongs to (their link worker or supervisor membership), for the team view. */
  pcnId: string;
  pcnName: string;
  wte: number;
  activeCases: number;
  weightedCases: number;
  allocatedLastYear: number;
}

/**
 * Every worker's caseload now, in one query: open cases (allocated, contacted, active) and their
 * complexity-weighted sum, referrals allocated in the last 365 days, and WTE from current posts.
 * The workers are the PCNs' link workers, and anyone else (a supervisor carrying cases) with an
 * open case or an allocation in the last year. A worker's team is the PCN of their membership
 * (the first by name when several), or else the PCN of their cases.
 */
export async function workerCaseloads(
  db: DbOrTx,
  filter: CaseloadFilter & { pcnIds: string[] },
  now: Date,
): Promise<WorkerCaseload[]> {
  const today = now.toISOString().slice(0, 10);
  const yearAgo = new Date(now.getTime() - 365 * DAY_MS).toISOString();
  const pcnIds = sql`${sql.param(filter.pcnIds)}::uuid[]`;
  const onlyWorker = filter.workerId ? sql`AND m.user_id = ${filter.workerId}::uuid` : sql``;
  const result = await db.execute<{
    worker_id: string;
    worker_name: string;
    pcn_id: string;
    pcn_name: string;
    wte: number;
    active_cases: number;
    weighted_cases: number;
    allocated_last_year: number;
  }>(sql`
    WITH open_refs AS (
      SELECT r.assigned_worker_id AS worker_id, r.organisation_id, r.complexity
      FROM referrals r WHERE ${assignedReferralsWhere(filter)} AND r.status IN ${openStatusList}
    ),
    year_refs AS (
      SELECT DISTINCT r.id, r.assigned_worker_id AS worker_id, r.organisation_id
      FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id
      WHERE t.to_status = 'allocated' AND t.at > ${yearAgo}::timestamptz AND t.at <= ${now.toISOString()}::timestamptz
        AND ${assignedReferralsWhere(filter)}
    ),
    open_cases AS (
      SELECT worker_id, count(*) AS active_cases, sum(${complexityWeight(sql`complexity`)}) AS weighted_cases
      FROM open_refs GROUP BY worker_id
    ),
    allocated_year AS (SELECT worker_id, count(*) AS allocated FROM year_refs GROUP BY worker_id),
    listed AS (
      SELECT m.user_id AS worker_id FROM memberships m JOIN users u ON u.id = m.user_id AND u.active
      WHERE m.organisation_id = ANY(${pcnIds}) AND m.role = 'link_worker' ${onlyWorker}
      UNION SELECT worker_id FROM open_cases
      UNION SELECT worker_id FROM allocated_year
    ),
    team_candidates AS (
      SELECT m.user_id AS worker_id, m.organisation_id AS pcn_id, 0 AS preference FROM memberships m
      WHERE m.organisation_id = ANY(${pcnIds}) AND m.role IN ('link_worker', 'supervisor')
      UNION ALL
      SELECT DISTINCT worker_id, organisation_id, 1 FROM (
        SELECT worker_id, organisation_id FROM open_refs UNION SELECT worker_id, organisation_id FROM year_refs
      ) case_pcns
    ),
    team AS (
      SELECT DISTINCT ON (c.worker_id) c.worker_id, o.id AS pcn_id, o.name AS pcn_name
      FROM team_candidates c JOIN organisations o ON o.id = c.pcn_id
      WHERE c.worker_id IN (SELECT worker_id FROM listed)
      ORDER BY c.worker_id, c.preference, o.name, o.id
    ),
    wte AS (${currentWte(today)})
    SELECT l.worker_id, u.display_name AS worker_name, t.pcn_id, t.pcn_name,
      ${wteOrOne('w')}::float8 AS wte,
      coalesce(oc.active_cases, 0)::int AS active_cases,
      coalesce(oc.weighted_cases, 0)::float8 AS weighted_cases,
      coalesce(ay.allocated, 0)::int AS allocated_last_year
    FROM listed l
    JOIN users u ON u.id = l.worker_id
    JOIN team t ON t.worker_id = l.worker_id
    LEFT JOIN wte w ON w.worker_id = l.worker_id
    LEFT JOIN open_cases oc ON oc.worker_id = l.worker_id
    LEFT JOIN allocated_year ay ON ay.worker_id = l.worker_id
    ORDER BY u.display_name, l.worker_id`);
  return result.rows.map((row) => ({
    workerId: row.worker_id,
    workerName: row.worker_name,
    pcnId: row.pcn_id,
    pcnName: row.pcn_name,
    wte: Number(row.wte),
    activeCases: Number(row.active_cases),
    weightedCases: Number(row.weighted_cases),
    allocatedLastYear: Number(row.allocated_last_year),
  }));
}

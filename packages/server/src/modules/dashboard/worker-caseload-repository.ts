import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type WorkerCaseload, workerCaseloads } from '../reports/pressure/caseload-snapshot.ts';
import {
  assignedReferralsWhere,
  complexityWeight,
  currentWte,
  openStatusList,
  wteOrOne,
} from '../reports/pressure/caseload-sql.ts';
import { uuidList } from './dashboard-sql.ts';

/**
 * One worker's caseload now, as the pressure report counts it (`workerCaseloads`), without the
 * report's all-workers "allocated in the last year" scan of the status history. One query over
 * the worker's own referrals (`referrals_worker_idx`) and posts, built from the report's own SQL
 * pieces (open statuses, complexity weights, current WTE), so the figures are the same.
 *
 * The report lists a worker when they hold a link worker membership in one of the PCNs or have a
 * case there; when neither holds here, the report's own query answers (it also lists workers who
 * only had an allocation in the last year). Undefined when the report would give no row.
 */
export async function workerCaseloadNow(
  db: DbOrTx,
  workerId: string,
  pcnIds: string[],
  now: Date,
): Promise<Pick<WorkerCaseload, 'wte' | 'activeCases' | 'weightedCases' | 'allocatedLastYear'> | undefined> {
  const today = now.toISOString().slice(0, 10);
  const filter = { pcnIds, practiceId: null, workerId };
  const result = await db.execute<{ listed: boolean; wte: number; active_cases: number; weighted_cases: number }>(sql`
    WITH open_cases AS (
      SELECT count(*) AS active_cases, sum(${complexityWeight(sql`r.complexity`)}) AS weighted_cases
      FROM referrals r WHERE ${assignedReferralsWhere(filter)} AND r.status IN ${openStatusList}
    ),
    wte AS (${currentWte(today)})
    SELECT
      (oc.active_cases > 0 OR EXISTS (
        SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id AND u.active
        WHERE m.user_id = ${workerId}::uuid AND m.organisation_id = ANY(${uuidList(pcnIds)}) AND m.role = 'link_worker'
      )) AS listed,
      ${wteOrOne('w')}::float8 AS wte,
      oc.active_cases::int AS active_cases,
      coalesce(oc.weighted_cases, 0)::float8 AS weighted_cases
    FROM open_cases oc
    LEFT JOIN wte w ON w.worker_id = ${workerId}::uuid`);
  const row = result.rows[0];
  if (row?.listed) {
    // The dashboard shows no yearly figures, so the yearly count is not worked out here.
    return {
      wte: Number(row.wte),
      activeCases: Number(row.active_cases),
      weightedCases: Number(row.weighted_cases),
      allocatedLastYear: 0,
    };
  }
  const [reported] = await workerCaseloads(db, filter, now);
  return reported;
}

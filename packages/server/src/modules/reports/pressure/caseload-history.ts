import type { PressureSettings } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { addDays, type CaseloadFilter, caseStepsCte, currentWte, daysBetween, overThreshold, wteOrOne } from './caseload-sql.ts';

/** How far back "days over the threshold" looks; a worker over for longer shows this + 1. */
export const DAYS_OVER_LOOKBACK = 365;

export interface TrendPoint {
  /** The day the open cases are counted on (ISO date). */
  day: string;
  workerId: string;
  workerName: string;
  pcnId: string;
  pcnName: string;
  openCases: number;
  weighted: number;
}

export interface HistoryRequest {
  /** Open cases every `stepDays` back from `to` to the last point on or after `from`. */
  trend?: { from: string; to: string; stepDays: number };
  /** Consecutive days over the threshold up to `today`, looking back at most `lookbackDays`. */
  daysOver?: { today: string; lookbackDays: number; settings: PressureSettings };
}

export interface CaseloadHistory {
  trend: TrendPoint[];
  /** Days in a row, up to and including today, each worker has been over the threshold (0: not over today). */
  daysOver: Map<string, number>;
}

type HistoryRow = {
  part: 'trend' | 'over';
  worker_id: string;
  worker_name: string | null;
  pcn_id: string | null;
  pcn_name: string | null;
  j: number | null;
  value: number;
  weighted: number | null;
};

/**
 * The trend and the days over the threshold from the status history, in one query that reads
 * the history once (caseload-sql.ts, `dailyOpenCasesCte`). Days over count all the worker's cases
 * within the filter against their capacity now; a worker over on every day looked at gets
 * `lookbackDays + 1`; workers with no case history are left out (never over).
 */
export async function caseloadHistory(db: DbOrTx, filter: CaseloadFilter, request: HistoryRequest): Promise<CaseloadHistory> {
  const { trend, daysOver } = request;
  const starts = [trend?.from, daysOver && addDays(daysOver.today, -daysOver.lookbackDays)].filter((d): d is string => !!d);
  const ends = [trend?.to, daysOver?.today].filter((d): d is string => !!d);
  if (starts.length === 0) return { trend: [], daysOver: new Map() };
  const firstDay = starts.reduce((a, b) => (a < b ? a : b));
  const lastDay = ends.reduce((a, b) => (a > b ? a : b));

  const parts: SQL[] = [];
  const ctes: SQL[] = [caseStepsCte(filter, firstDay, lastDay)];
  if (trend) {
    // The points are jTo, jTo − step, … ≥ jFrom; each running total is spread over the points it covers.
    const jFrom = daysBetween(firstDay, trend.from);
    const jTo = daysBetween(firstDay, trend.to);
    const start = sql`greatest(s.j, ${jFrom}::int)`;
    parts.push(sql`
      SELECT 'trend' AS part, s.worker_id, u.display_name AS worker_name, s.pcn_id, o.name AS pcn_name, p.j,
        s.open_cases::float8 AS value, s.weighted::float8 AS weighted
      FROM case_steps s
      CROSS JOIN LATERAL generate_series(${start} + (${jTo}::int - ${start}) % ${trend.stepDays}::int,
        least(coalesce(s.next_j - 1, ${jTo}::int), ${jTo}::int), ${trend.stepDays}::int) AS p(j)
      JOIN users u ON u.id = s.worker_id
      JOIN organisations o ON o.id = s.pcn_id`);
  }
  if (daysOver) {
    // The last day in the window not over the threshold; the days since are the days over.
    const jToday = daysBetween(firstDay, daysOver.today);
    const jStart = jToday - daysOver.lookbackDays;
    const over = overThreshold(sql`s.weighted`, wteOrOne('w'), daysOver.settings);
    ctes.push(sql`
      wte AS (${currentWte(daysOver.today)}),
      judged_steps AS (
        SELECT s.worker_id, least(coalesce(s.next_j - 1, ${jToday}::int), ${jToday}::int) AS until_j, ${over} AS over
        FROM worker_steps s LEFT JOIN wte w ON w.worker_id = s.worker_id
        WHERE s.j <= ${jToday}::int AND coalesce(s.next_j - 1, ${jToday}::int) >= ${jStart}::int
      )`);
    parts.push(sql`
      SELECT 'over' AS part, worker_id, NULL AS worker_name, NULL::uuid AS pcn_id, NULL AS pcn_name, NULL::int AS j,
        (${jToday}::int - coalesce(max(until_j) FILTER (WHERE NOT over), ${jStart - 1}::int))::float8 AS value,
        NULL::float8 AS weighted
      FROM judged_steps GROUP BY worker_id`);
  }
  const rows = await withoutJit(
    db,
    sql`
    WITH ${sql.join(ctes, sql`,`)}
    ${sql.join(parts, sql` UNION ALL `)}`,
  );

  const history: CaseloadHistory = { trend: [], daysOver: new Map() };
  for (const row of rows) {
    if (row.part === 'over') {
      history.daysOver.set(row.worker_id, Number(row.value));
    } else {
      history.trend.push({
        day: addDays(firstDay, Number(row.j)),
        workerId: row.worker_id,
        workerName: row.worker_name ?? '',
        pcnId: row.pcn_id ?? '',
        pcnName: row.pcn_name ?? '',
        openCases: Number(row.value),
        weighted: Number(row.weighted),
      });
    }
  }
  history.trend.sort(
    (a, b) => a.day.localeCompare(b.day) || a.workerName.localeCompare(b.workerName) || a.workerId.localeCompare(b.workerId),
  );
  return history;
}

/**
 * Runs the query with PostgreSQL's JIT compiler off. The history's CTEs look expensive to the
 * planner, so JIT spends seconds compiling a query that then runs in a fraction of that.
 * (PGlite has no JIT; the setting is accepted and does nothing.)
 */
async function withoutJit(db: DbOrTx, query: SQL): Promise<HistoryRow[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    const result = await tx.execute<HistoryRow>(query);
    return result.rows;
  });
}

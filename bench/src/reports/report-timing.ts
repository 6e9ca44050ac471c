import { REPORT_IDS, type ReportId } from '@kith/shared';
import { httpGet, type LatencySummary, ratios, type TimingOptions, timeSidesInTurn } from '../directory/paired-timing.ts';
import type { RawSql } from '../pathway/raw-sql.ts';

/**
 * Each report through the real app (`GET /api/reports/:id`, the default period: the last twelve
 * months), against two baselines run by hand on the same database in the same loop:
 *  - cohort scan: the caller's referrals received in the period joined to their contacts, counted
 *    and averaged — the least any report over that cohort must read;
 *  - full-table aggregate: `SELECT count(*), avg(duration_minutes) FROM contacts` — one pass over
 *    the largest table, whatever the caller's scope.
 * The reports are listed from REPORT_IDS, so whatever the builders do when the bench runs is measured.
 */
export interface Caller {
  role: 'commissioner' | 'pcn_manager';
  cookie: string;
  /** The PCNs the caller's reports cover. */
  pcnIds: string[];
}

export interface ReportTiming {
  reportId: ReportId;
  role: Caller['role'];
  status: number;
  /** Response size and shape from the first call, so an empty placeholder is easy to spot. */
  bytes: number;
  tables: number;
  rows: number;
  api: LatencySummary;
  cohortScan: LatencySummary;
  fullTableAggregate: LatencySummary;
  ratioToCohortScan: { p50: number | null; p95: number | null };
  ratioToFullTableAggregate: { p50: number | null; p95: number | null };
  samples: number;
  stoppedByTimeCap: boolean;
}

const COHORT_SCAN = `
  SELECT count(DISTINCT r.id) AS referrals, count(c.id) AS contacts, avg(c.duration_minutes) AS minutes
  FROM referrals r LEFT JOIN contacts c ON c.referral_id = r.id
  WHERE r.organisation_id = ANY($1::uuid[]) AND r.created_at >= $2::timestamptz AND r.created_at < $3::timestamptz
    AND r.status <> 'closed_in_error'`;
const FULL_TABLE_AGGREGATE = 'SELECT count(*), avg(duration_minutes) FROM contacts';

const DAY_MS = 86_400_000;

/** The reports' default period: the twelve months to today, as [from, to + 1 day). */
function defaultPeriod(now: Date): [string, string] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return [new Date(today - 364 * DAY_MS).toISOString(), new Date(today + DAY_MS).toISOString()];
}

export async function timeReports(
  origin: string,
  callers: Caller[],
  sql: RawSql,
  options: TimingOptions,
  log: (line: string) => void,
): Promise<ReportTiming[]> {
  const timings: ReportTiming[] = [];
  const [from, toExclusive] = defaultPeriod(new Date());
  for (const reportId of REPORT_IDS) {
    for (const caller of callers) {
      const url = `${origin}/api/reports/${reportId}`;
      const first = await httpGet(url, { cookie: caller.cookie });
      const shape = first.status === 200 ? shapeOf(first.body) : { tables: 0, rows: 0 };
      if (first.status !== 200)
        log(`    ${reportId} as ${caller.role}: answered ${first.status} ${first.body.toString('utf8').slice(0, 200)}`);
      const api = async () => {
        const { status } = await httpGet(url, { cookie: caller.cookie });
        if (status !== first.status) throw new Error(`GET ${url} answered ${status}, then ${first.status} before`);
      };
      const timed = await timeSidesInTurn(
        [api, () => sql.query(COHORT_SCAN, [caller.pcnIds, from, toExclusive]), () => sql.query(FULL_TABLE_AGGREGATE)],
        options,
      );
      const [apiSummary, cohort, full] = timed.summaries as [LatencySummary, LatencySummary, LatencySummary];
      timings.push({
        reportId,
        role: caller.role,
        status: first.status,
        bytes: first.body.length,
        ...shape,
        api: apiSummary,
        cohortScan: cohort,
        fullTableAggregate: full,
        ratioToCohortScan: ratios(apiSummary, cohort),
        ratioToFullTableAggregate: ratios(apiSummary, full),
        samples: timed.samples,
        stoppedByTimeCap: timed.stoppedByTimeCap,
      });
      log(
        `    ${reportId} as ${caller.role}: p50 ${apiSummary.p50.toFixed(1)} ms, p95 ${apiSummary.p95.toFixed(1)} ms (${timed.samples} samples)`,
      );
    }
  }
  return timings;
}

function shapeOf(body: Buffer): { tables: number; rows: number } {
  const report = JSON.parse(body.toString('utf8')) as { tables?: { rows?: unknown[] }[] };
  const tables = report.tables ?? [];
  return { tables: tables.length, rows: tables.reduce((sum, table) => sum + (table.rows?.length ?? 0), 0) };
}

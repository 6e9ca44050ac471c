import type { MeanSummary } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import type { ReportScope } from '../report-types.ts';

/** Before and after means and the mean change (after − before) over referrals with both recorded. */
export interface ObservedChange {
  /** Referrals with both the before and the after figure recorded. */
  n: number;
  meanBefore: number | null;
  meanAfter: number | null;
  change: MeanSummary;
}

export interface ObservedUse {
  /** Cohort referrals: received in the period, not closed in error (docs/reports.md). */
  cohort: number;
  gp: ObservedChange;
  ae: ObservedChange;
}

/**
 * GP consultations and A&E attendances six months before and after, over the cohort's
 * recorded healthcare use, aggregated in one query. Missing figures are left out, never filled.
 */
export async function observedHealthcareUse(db: DbOrTx, scope: ReportScope): Promise<ObservedUse> {
  const conditions: SQL[] = [
    sql`r.organisation_id = ANY(${sql.param(scope.pcnIds)}::uuid[])`,
    sql`r.created_at >= ${scope.fromTs.toISOString()}::timestamptz`,
    sql`r.created_at < ${scope.toExclusive.toISOString()}::timestamptz`,
    sql`r.status <> 'closed_in_error'`,
  ];
  if (scope.practiceId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM people p WHERE p.id = r.person_id AND p.registered_practice_id = ${scope.practiceId}::uuid)`,
    );
  }
  if (scope.workerId) conditions.push(sql`r.assigned_worker_id = ${scope.workerId}::uuid`);
  const measure = (prefix: string, before: string, after: string) => {
    const both = sql.raw(`h.${before} IS NOT NULL AND h.${after} IS NOT NULL`);
    const b = sql.raw(`h.${before}`);
    const a = sql.raw(`h.${after}`);
    return sql`
      count(*) FILTER (WHERE ${both})::int AS ${sql.raw(`${prefix}_n`)},
      (avg(${b}) FILTER (WHERE ${both}))::float8 AS ${sql.raw(`${prefix}_before`)},
      (avg(${a}) FILTER (WHERE ${both}))::float8 AS ${sql.raw(`${prefix}_after`)},
      (avg(${a} - ${b}) FILTER (WHERE ${both}))::float8 AS ${sql.raw(`${prefix}_change`)},
      (stddev_samp(${a} - ${b}) FILTER (WHERE ${both}))::float8 AS ${sql.raw(`${prefix}_sd`)}`;
  };
  const result = await db.execute<Record<string, number | null>>(sql`
    WITH cohort AS (SELECT r.id FROM referrals r WHERE ${sql.join(conditions, sql` AND `)})
    SELECT (SELECT count(*) FROM cohort)::int AS cohort,
      ${measure('gp', 'gp_consultations_before', 'gp_consultations_after')},
      ${measure('ae', 'ae_attendances_before', 'ae_attendances_after')}
    FROM cohort c JOIN healthcare_use h ON h.referral_id = c.id`);
  const row = result.rows[0] ?? {};
  const num = (key: string) => (row[key] === null || row[key] === undefined ? null : Number(row[key]));
  const change = (prefix: string): ObservedChange => {
    const n = num(`${prefix}_n`) ?? 0;
    return {
      n,
      meanBefore: num(`${prefix}_before`),
      meanAfter: num(`${prefix}_after`),
      change: { n, mean: num(`${prefix}_change`), sd: num(`${prefix}_sd`) },
    };
  };
  return { cohort: num('cohort') ?? 0, gp: change('gp'), ae: change('ae') };
}

/** Link worker roles whose cost the ROI weighs (ARRS link worker posts). */
const LINK_WORKER_POST_ROLES = ['link_worker', 'senior_link_worker'];

/**
 * Whole-time-equivalent years of link worker posts in the PCNs in scope during the period:
 * each post's WTE × the days it overlaps the period ÷ 365 (with a worker filter, the posts that
 * worker holds). Multiplied by the cost per WTE a year, this is the cost pro rata to the period.
 */
export async function linkWorkerWteYears(db: DbOrTx, scope: ReportScope): Promise<number> {
  const holder = scope.workerId ? sql`AND p.holder_user_id = ${scope.workerId}::uuid` : sql``;
  const result = await db.execute<{ wte_years: number | null }>(sql`
    SELECT (sum(p.wte * greatest(0,
        least(coalesce(p.end_date, ${scope.to}::date), ${scope.to}::date) - greatest(p.start_date, ${scope.from}::date) + 1
      )) / 365.0)::float8 AS wte_years
    FROM workforce_posts p
    WHERE p.pcn_id = ANY(${sql.param(scope.pcnIds)}::uuid[])
      AND p.role::text = ANY(${sql.param(LINK_WORKER_POST_ROLES)}::text[]) ${holder}`);
  return Number(result.rows[0]?.wte_years ?? 0);
}

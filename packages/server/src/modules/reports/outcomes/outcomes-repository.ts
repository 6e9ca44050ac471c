import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cohortIdsSql } from '../report-cohort.ts';
import type { ReportScope } from '../report-types.ts';
import { WELLBEING_MEASURES } from './wellbeing-measures.ts';

/**
 * Impact on the person (wellbeing change) and on the health and care system (healthcare use),
 * aggregated in SQL over the cohort: count, avg and stddev_samp per figure, never one row per
 * person in Node. The interval is worked out from these in outcomes-tables.ts.
 */

/** Paired values of one figure: n, means and the sample sd of the change. */
export interface ChangeSummary {
  n: number;
  baselineMean: number | null;
  latestMean: number | null;
  meanChange: number | null;
  sdChange: number | null;
  /** Changed in the better direction (strictly). */
  improved: number;
}

export interface WellbeingFigures {
  byMeasure: Map<string, ChangeSummary>;
  /** Referrals with at least one baseline–latest pair of any instrument. */
  peopleWithPairs: number;
}

interface WellbeingRow extends Record<string, unknown> {
  measure: string;
  n: number;
  baseline_mean: number | null;
  latest_mean: number | null;
  mean_change: number | null;
  sd_change: number | null;
  improved: number | null;
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** One row per figure read from a pair: (measure key, instrument, baseline, latest, +1/−1 for better). */
const MEASURE_VALUES = sql.raw(
  WELLBEING_MEASURES.map(
    (m) => `('${m.key}', '${m.instrument}', p.b_${m.column}::float8, p.l_${m.column}::float8, ${m.higherIsBetter ? 1 : -1})`,
  ).join(',\n        '),
);

/**
 * Baseline = the earliest 'baseline' measure of a referral and instrument; latest = the most
 * recent 'review' or 'discharge' measure recorded after it. Both DISTINCT ON sorts follow
 * outcome_measures_referral_idx (referral_id, instrument, recorded_at).
 */
export function wellbeingSql(scope: ReportScope): SQL {
  return sql`
    WITH cohort AS (${cohortIdsSql(scope)}),
    baseline AS (
      SELECT DISTINCT ON (m.referral_id, m.instrument) m.referral_id, m.instrument, m.items, m.raw_total, m.metric_score, m.recorded_at
      FROM outcome_measures m
      JOIN cohort k ON k.id = m.referral_id
      WHERE m.timepoint = 'baseline'
      ORDER BY m.referral_id, m.instrument, m.recorded_at, m.id
    ),
    pairs AS (
      SELECT DISTINCT ON (b.referral_id, b.instrument) b.referral_id, b.instrument::text AS instrument,
        b.items AS b_items, b.raw_total AS b_raw_total, b.metric_score AS b_metric_score,
        m.items AS l_items, m.raw_total AS l_raw_total, m.metric_score AS l_metric_score
      FROM baseline b
      JOIN outcome_measures m ON m.referral_id = b.referral_id AND m.instrument = b.instrument AND m.recorded_at > b.recorded_at
      WHERE m.timepoint IN ('review', 'discharge')
      ORDER BY b.referral_id, b.instrument, m.recorded_at DESC, m.id DESC
    ),
    changes AS (
      SELECT p.referral_id, v.measure, v.base, v.latest, v.better
      FROM pairs p
      CROSS JOIN LATERAL (VALUES
        ${MEASURE_VALUES}
      ) v(measure, instrument, base, latest, better)
      WHERE v.instrument = p.instrument AND v.base IS NOT NULL AND v.latest IS NOT NULL
    )
    SELECT measure, count(*)::int AS n, avg(base) AS baseline_mean, avg(latest) AS latest_mean,
      avg(latest - base) AS mean_change, stddev_samp(latest - base) AS sd_change,
      count(*) FILTER (WHERE better * (latest - base) > 0)::int AS improved
    FROM changes
    GROUP BY measure
    UNION ALL
    SELECT 'any', count(DISTINCT referral_id)::int, NULL, NULL, NULL, NULL, NULL
    FROM changes`;
}

export async function wellbeingFigures(db: DbOrTx, scope: ReportScope): Promise<WellbeingFigures> {
  const result = await db.execute<WellbeingRow>(wellbeingSql(scope));
  const byMeasure = new Map<string, ChangeSummary>();
  let peopleWithPairs = 0;
  for (const row of result.rows) {
    if (row.measure === 'any') {
      peopleWithPairs = Number(row.n);
      continue;
    }
    byMeasure.set(row.measure, {
      n: Number(row.n),
      baselineMean: num(row.baseline_mean),
      latestMean: num(row.latest_mean),
      meanChange: num(row.mean_change),
      sdChange: num(row.sd_change),
      improved: Number(row.improved ?? 0),
    });
  }
  return { byMeasure, peopleWithPairs };
}

/**
 * One healthcare-use figure (GP consultations or A&E attendances) over the cohort: `n` is the
 * people with both "before" and "after" recorded, `improved` those with fewer after than before.
 */
export interface HealthcareUseSummary extends ChangeSummary {
  /** Everyone in the cohort, recorded or not. */
  cohort: number;
}

export const HEALTHCARE_MEASURES = [
  { key: 'gp', label: 'GP consultations' },
  { key: 'ae', label: 'A&E attendances' },
] as const;
export type HealthcareMeasureKey = (typeof HEALTHCARE_MEASURES)[number]['key'];

interface HealthcareRow extends Record<string, unknown> {
  measure: HealthcareMeasureKey;
  cohort: number;
  recorded: number;
  mean_before: number | null;
  mean_after: number | null;
  mean_change: number | null;
  sd_change: number | null;
  fewer: number;
}

/**
 * Healthcare use six months before and after, from healthcare_use (primary key referral_id).
 * Only people with both figures recorded enter the means; nobody's blank becomes a zero.
 */
export function healthcareUseSql(scope: ReportScope): SQL {
  return sql`
    WITH cohort AS (${cohortIdsSql(scope)})
    SELECT v.measure, count(*)::int AS cohort,
      count(*) FILTER (WHERE v.before IS NOT NULL AND v.after IS NOT NULL)::int AS recorded,
      avg(v.before) FILTER (WHERE v.after IS NOT NULL)::float8 AS mean_before,
      avg(v.after) FILTER (WHERE v.before IS NOT NULL)::float8 AS mean_after,
      avg(v.after - v.before)::float8 AS mean_change,
      stddev_samp(v.after - v.before)::float8 AS sd_change,
      count(*) FILTER (WHERE v.after < v.before)::int AS fewer
    FROM cohort k
    LEFT JOIN healthcare_use h ON h.referral_id = k.id
    CROSS JOIN LATERAL (VALUES
      ('gp', h.gp_consultations_before, h.gp_consultations_after),
      ('ae', h.ae_attendances_before, h.ae_attendances_after)
    ) v(measure, before, after)
    GROUP BY v.measure`;
}

export async function healthcareUseFigures(
  db: DbOrTx,
  scope: ReportScope,
): Promise<Map<HealthcareMeasureKey, HealthcareUseSummary>> {
  const result = await db.execute<HealthcareRow>(healthcareUseSql(scope));
  return new Map(
    result.rows.map((row) => [
      row.measure,
      {
        cohort: Number(row.cohort),
        n: Number(row.recorded),
        baselineMean: num(row.mean_before),
        latestMean: num(row.mean_after),
        meanChange: num(row.mean_change),
        sdChange: num(row.sd_change),
        improved: Number(row.fewer),
      },
    ]),
  );
}

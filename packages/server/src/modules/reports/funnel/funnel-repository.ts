import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cohortSql } from '../report-cohort.ts';
import type { ReportScope } from '../report-types.ts';
import { AGE_BANDS, type Breakdown } from './funnel-groups.ts';

/**
 * Stage counts and time to first contact of one group of referrals (or of all of them). The
 * stages nest (docs/reports.md, "Funnel stages"): referred ⊇ contacted ⊇ engaged ⊇ discharged
 * (having engaged). The other endings are counted beside them, not as stages.
 */
export interface FunnelCounts {
  referred: number;
  contacted: number;
  engaged: number;
  /** Discharged having engaged (reached active): the end of the funnel. */
  discharged: number;
  /** Discharged after contact without ever engaging (one conversation, then discharge). */
  dischargedUnengaged: number;
  notReached: number;
  declined: number;
  withdrawn: number;
  /** Days from receipt to first successful contact, over the contacted referrals. */
  medianDays: number | null;
  p90Days: number | null;
}

export interface FunnelGroup extends FunnelCounts {
  dimension: 'all' | Breakdown;
  key: string | null;
  label: string | null;
  sortOrder: number | null;
}

interface FunnelRow extends Record<string, unknown> {
  dimension: FunnelGroup['dimension'];
  key: string | null;
  label: string | null;
  sort_order: number | null;
  referred: number;
  contacted: number;
  engaged: number;
  discharged: number;
  discharged_unengaged: number;
  not_reached: number;
  declined: number;
  withdrawn: number;
  median_days: number | null;
  p90_days: number | null;
}

/** Whole years at referral → band key; built from AGE_BANDS (constants, so inlined as SQL text). */
const AGE_BAND_CASE = sql.raw(
  `CASE WHEN a.years IS NULL THEN NULL ${AGE_BANDS.map((band) =>
    band.below === null ? `ELSE '${band.key}'` : `WHEN a.years < ${band.below} THEN '${band.key}'`,
  ).join(' ')} END`,
);

/**
 * The same figures for every group: stage counts (FILTER) and the contact-time percentiles. Each
 * stage's condition includes the next one's (engaged ⇒ contacted), so no stage can count more
 * than the one above it.
 */
const AGGREGATES = sql`
  count(*)::int AS referred,
  count(*) FILTER (WHERE contacted OR engaged)::int AS contacted,
  count(*) FILTER (WHERE engaged)::int AS engaged,
  count(*) FILTER (WHERE engaged AND status = 'discharged')::int AS discharged,
  count(*) FILTER (WHERE NOT engaged AND status = 'discharged')::int AS discharged_unengaged,
  count(*) FILTER (WHERE status = 'not_reached')::int AS not_reached,
  count(*) FILTER (WHERE status = 'declined')::int AS declined,
  count(*) FILTER (WHERE status = 'withdrawn')::int AS withdrawn,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_contact) AS median_days,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY days_to_contact) AS p90_days`;

/**
 * The whole funnel in one statement: one row per referral in the cohort with its stage flags and
 * groups, then every breakdown at once with GROUPING SETS (the reasons separately, because a
 * referral counts under each of its reasons). Contacts (contacts_referral_idx) and transitions
 * (referral_transitions_referral_idx) are read only for the cohort's referrals; the planner picks
 * index probes for a small cohort and a hash join for a whole ICB.
 */
export function funnelSql(scope: ReportScope): SQL {
  return sql`
    WITH cohort AS (${cohortSql(scope)}),
    first_contact AS (
      SELECT c.referral_id, min(c.occurred_at) AS first_at
      FROM contacts c
      JOIN cohort k ON k.id = c.referral_id
      WHERE c.successful
      GROUP BY c.referral_id
    ),
    -- How far along the pathway each referral got: contacted (by status, even without a
    -- successful contact logged) and engaged (reached active).
    reached AS (
      SELECT t.referral_id, bool_or(t.to_status = 'active') AS engaged,
        bool_or(t.to_status IN ('contacted', 'active', 'discharged')) AS contacted
      FROM referral_transitions t
      JOIN cohort k ON k.id = t.referral_id
      WHERE t.to_status IN ('contacted', 'active', 'discharged')
      GROUP BY t.referral_id
    ),
    funnel AS (
      SELECT k.id, k.status, k.source, k.reasons, k.registered_practice_id::text AS practice, k.sex,
        k.ethnic_category AS ethnicity, ${AGE_BAND_CASE} AS age_band,
        (fc.first_at IS NOT NULL OR coalesce(e.contacted, false)) AS contacted,
        extract(epoch FROM fc.first_at - k.created_at)::float8 / 86400 AS days_to_contact,
        coalesce(e.engaged, false) AS engaged
      FROM cohort k
      -- Age on the day of referral (UTC), from the date of birth; null when it is not recorded.
      CROSS JOIN LATERAL (
        SELECT extract(year FROM age((k.created_at AT TIME ZONE 'UTC')::date::timestamp, k.date_of_birth::timestamp))::int AS years
      ) a
      LEFT JOIN first_contact fc ON fc.referral_id = k.id
      LEFT JOIN reached e ON e.referral_id = k.id
    ),
    grouped AS (
      SELECT
        CASE WHEN grouping(source) = 0 THEN 'source' WHEN grouping(practice) = 0 THEN 'practice'
          WHEN grouping(age_band) = 0 THEN 'age_band' WHEN grouping(sex) = 0 THEN 'sex'
          WHEN grouping(ethnicity) = 0 THEN 'ethnicity' ELSE 'all' END AS dimension,
        -- In each grouping set only one of these is grouped; the others are null.
        coalesce(source, practice, age_band, sex, ethnicity) AS key,
        ${AGGREGATES}
      FROM funnel
      GROUP BY GROUPING SETS ((), (source), (practice), (age_band), (sex), (ethnicity))
      UNION ALL
      SELECT 'reason', reason, ${AGGREGATES}
      FROM funnel CROSS JOIN LATERAL unnest(funnel.reasons) AS reason
      GROUP BY reason
    )
    SELECT g.*, coalesce(o.name, rr.label) AS label, rr.sort_order
    FROM grouped g
    LEFT JOIN organisations o ON g.dimension = 'practice' AND o.id::text = g.key
    LEFT JOIN referral_reasons rr ON g.dimension = 'reason' AND rr.code = g.key`;
}

export async function funnelGroups(db: DbOrTx, scope: ReportScope): Promise<FunnelGroup[]> {
  const result = await db.execute<FunnelRow>(funnelSql(scope));
  return result.rows.map((row) => ({
    dimension: row.dimension,
    key: row.key,
    label: row.label,
    sortOrder: row.sort_order === null ? null : Number(row.sort_order),
    referred: Number(row.referred),
    contacted: Number(row.contacted),
    engaged: Number(row.engaged),
    discharged: Number(row.discharged),
    dischargedUnengaged: Number(row.discharged_unengaged),
    notReached: Number(row.not_reached),
    declined: Number(row.declined),
    withdrawn: Number(row.withdrawn),
    medianDays: row.median_days === null ? null : Number(row.median_days),
    p90Days: row.p90_days === null ? null : Number(row.p90_days),
  }));
}

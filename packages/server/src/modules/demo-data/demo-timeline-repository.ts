import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { referrals } from '../../db/schema/index.ts';

/**
 * Spreads one demo referral's history over the weeks it is meant to have taken. The demo works
 * each referral through the real use cases, so all of its rows are written within a second of
 * start-up; this moves every time stamp of the referral (its row, status history, contacts,
 * outcome measures, care plan and versions) onto an even grid from `from` to `to`, keeping their
 * order, and dates the person's record from `from`. The audit trail keeps the true times: it
 * records when the demo was loaded.
 */
export async function spreadReferralHistory(db: DbOrTx, referralId: string, span: { from: Date; to: Date }): Promise<void> {
  const from = span.from.toISOString();
  const to = span.to.toISOString();
  await db.execute(sql`
    WITH events AS (
      SELECT at AS t FROM referral_transitions WHERE referral_id = ${referralId}
      UNION SELECT occurred_at FROM contacts WHERE referral_id = ${referralId}
      UNION SELECT created_at FROM contacts WHERE referral_id = ${referralId}
      UNION SELECT recorded_at FROM outcome_measures WHERE referral_id = ${referralId}
      UNION SELECT saved_at FROM care_plan_versions WHERE referral_id = ${referralId}
      UNION SELECT updated_at FROM care_plans WHERE referral_id = ${referralId}
      UNION SELECT unnest(ARRAY[created_at, updated_at, consent_recorded_at, last_contact_at, discharged_at])
        FROM referrals WHERE id = ${referralId}
    ),
    ranked AS (
      SELECT t, dense_rank() OVER (ORDER BY t) - 1 AS k, count(*) OVER () AS n FROM events WHERE t IS NOT NULL
    ),
    moved AS (
      SELECT t, ${from}::timestamptz + (${to}::timestamptz - ${from}::timestamptz) * (k::float8 / greatest(n - 1, 1)) AS nt
      FROM ranked
    ),
    transitions AS (
      UPDATE referral_transitions x SET at = m.nt FROM moved m
      WHERE x.referral_id = ${referralId} AND x.at = m.t RETURNING 1
    ),
    contact_rows AS (
      UPDATE contacts x
      SET occurred_at = (SELECT nt FROM moved WHERE t = x.occurred_at),
          created_at = (SELECT nt FROM moved WHERE t = x.created_at)
      WHERE x.referral_id = ${referralId} RETURNING 1
    ),
    measures AS (
      UPDATE outcome_measures x SET recorded_at = m.nt FROM moved m
      WHERE x.referral_id = ${referralId} AND x.recorded_at = m.t RETURNING 1
    ),
    plan_versions AS (
      UPDATE care_plan_versions x SET saved_at = m.nt FROM moved m
      WHERE x.referral_id = ${referralId} AND x.saved_at = m.t RETURNING 1
    ),
    plans AS (
      UPDATE care_plans x SET updated_at = m.nt FROM moved m
      WHERE x.referral_id = ${referralId} AND x.updated_at = m.t RETURNING 1
    ),
    person AS (
      UPDATE people p SET created_at = ${from}::timestamptz, updated_at = ${from}::timestamptz FROM referrals r
      WHERE r.id = ${referralId} AND p.id = r.person_id AND p.created_at > ${from}::timestamptz RETURNING 1
    )
    UPDATE referrals r
    SET created_at = (SELECT nt FROM moved WHERE t = r.created_at),
        updated_at = (SELECT nt FROM moved WHERE t = r.updated_at),
        consent_recorded_at = (SELECT nt FROM moved WHERE t = r.consent_recorded_at),
        last_contact_at = (SELECT nt FROM moved WHERE t = r.last_contact_at),
        discharged_at = (SELECT nt FROM moved WHERE t = r.discharged_at)
    WHERE r.id = ${referralId}
  `);
}

/** The referral a self-referral's reference (the first eight characters of its id) names. */
export async function referralIdFromReference(db: DbOrTx, reference: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(sql`${referrals.id}::text LIKE ${`${reference.toLowerCase()}%`}`)
    .limit(1);
  return row?.id;
}

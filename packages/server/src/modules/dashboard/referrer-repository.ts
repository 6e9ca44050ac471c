import { CLOSED_STATUSES, DASHBOARD_LIST_LIMIT, type ReferralStatus } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { toCount, toInstant } from './dashboard-sql.ts';

/**
 * The referrals a referrer made — the same rule as "Your referrals" (`referrer_user_id`, see
 * referral-service.ts `listReferrals`), on `referrals_referrer_idx`.
 */

/** How many of the user's referrals are in each status. */
export async function referralCountsByStatus(db: DbOrTx, referrerUserId: string): Promise<Map<ReferralStatus, number>> {
  const result = await db.execute<{ status: ReferralStatus; n: number | string }>(sql`
    SELECT status, count(*) AS n FROM referrals WHERE referrer_user_id = ${referrerUserId}::uuid GROUP BY status`);
  return new Map(result.rows.map((row) => [row.status, toCount(row.n)]));
}

export interface EndedReferralRow {
  referralId: string;
  personName: string;
  status: ReferralStatus;
  dischargeOutcome: string | null;
  endedAt: Date;
}

const closedList = sql.join(
  CLOSED_STATUSES.map((status) => sql`${status}::referral_status`),
  sql`, `,
);

/**
 * The user's referrals that have ended — each has its message back — latest ending first. The
 * ending is the move into the closing status (as the referrer's view says, referral-view.ts),
 * or the last update when no history row was written.
 */
export async function latestEndings(db: DbOrTx, referrerUserId: string): Promise<{ total: number; items: EndedReferralRow[] }> {
  const result = await db.execute<{
    id: string;
    given_name: string;
    family_name: string;
    status: ReferralStatus;
    discharge_outcome: string | null;
    ended_at: Date | string;
    total: number | string;
  }>(sql`
    SELECT r.id, p.given_name, p.family_name, r.status, r.discharge_outcome,
      coalesce(
        (SELECT max(t.at) FROM referral_transitions t WHERE t.referral_id = r.id AND t.to_status = r.status),
        r.updated_at
      ) AS ended_at,
      count(*) OVER () AS total
    FROM referrals r
    JOIN people p ON p.id = r.person_id
    WHERE r.referrer_user_id = ${referrerUserId}::uuid AND r.status IN (${closedList})
    ORDER BY ended_at DESC, r.id
    LIMIT ${DASHBOARD_LIST_LIMIT}`);
  return {
    total: toCount(result.rows[0]?.total),
    items: result.rows.map((row) => ({
      referralId: row.id,
      personName: `${row.given_name} ${row.family_name}`,
      status: row.status,
      dischargeOutcome: row.discharge_outcome,
      endedAt: toInstant(row.ended_at),
    })),
  };
}

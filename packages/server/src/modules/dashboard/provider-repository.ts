import { DASHBOARD_LIST_LIMIT, type TaskStatus } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { toCount, toInstant, uuidList } from './dashboard-sql.ts';

/**
 * The VCSE provider's inbox figures, over the directory organisations `providerScope` (the
 * onward referral policy) says they answer for; both on `onward_referrals_provider_idx`.
 */

/** How many referrals sent to these providers are in each state (states with none are left out). */
export async function inboxCounts(db: DbOrTx, directoryOrganisationIds: string[]): Promise<Map<TaskStatus, number>> {
  const result = await db.execute<{ status: TaskStatus; n: number | string }>(sql`
    SELECT status, count(*) AS n FROM onward_referrals
    WHERE provider_organization_id = ANY(${uuidList(directoryOrganisationIds)})
    GROUP BY status`);
  return new Map(result.rows.map((row) => [row.status, toCount(row.n)]));
}

export interface UnansweredRow {
  onwardReferralId: string;
  serviceName: string;
  sentAt: Date;
}

/** Referrals still awaiting a first answer (requested), oldest first, with their number. */
export async function unanswered(
  db: DbOrTx,
  directoryOrganisationIds: string[],
): Promise<{ total: number; items: UnansweredRow[] }> {
  const result = await db.execute<{ id: string; service_name: string; created_at: Date | string; total: number | string }>(sql`
    SELECT o.id, s.name AS service_name, o.created_at, count(*) OVER () AS total
    FROM onward_referrals o
    JOIN dir_services s ON s.id = o.service_id
    WHERE o.provider_organization_id = ANY(${uuidList(directoryOrganisationIds)}) AND o.status = 'requested'
    ORDER BY o.created_at, o.id
    LIMIT ${DASHBOARD_LIST_LIMIT}`);
  return {
    total: toCount(result.rows[0]?.total),
    items: result.rows.map((row) => ({
      onwardReferralId: row.id,
      serviceName: row.service_name,
      sentAt: toInstant(row.created_at),
    })),
  };
}

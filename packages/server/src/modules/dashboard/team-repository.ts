import { DASHBOARD_LIST_LIMIT } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { toCount, toInstant, uuidList } from './dashboard-sql.ts';

/** The supervisor's queue and safeguarding figures, over the PCNs of their scope. */

/** Referrals waiting for someone to act: to be triaged, or triaged and waiting for a worker. */
export const WAITING_STATUSES = ['received', 'triaged'] as const;

export interface QueueRow {
  referralId: string;
  personName: string;
  urgency: 'routine' | 'soon' | 'urgent';
  status: (typeof WAITING_STATUSES)[number];
  receivedAt: Date;
}

export interface QueueFigures {
  total: number;
  byUrgency: { urgent: number; soon: number; routine: number };
  oldestReceivedAt: Date | null;
  items: QueueRow[];
}

/**
 * The waiting referrals, most urgent first and then longest waiting (the queue's own order within
 * a status), with counts by urgency and the oldest arrival — one query on `referrals_queue_idx`,
 * the window aggregates taken over every waiting referral before the list is cut to five.
 */
export async function queueFigures(db: DbOrTx, organisationIds: string[]): Promise<QueueFigures> {
  const result = await db.execute<{
    id: string;
    given_name: string;
    family_name: string;
    urgency: QueueRow['urgency'];
    status: QueueRow['status'];
    created_at: Date | string;
    total: number | string;
    urgent: number | string;
    soon: number | string;
    routine: number | string;
    oldest: Date | string;
  }>(sql`
    SELECT r.id, p.given_name, p.family_name, r.urgency, r.status, r.created_at,
      count(*) OVER () AS total,
      count(*) FILTER (WHERE r.urgency = 'urgent') OVER () AS urgent,
      count(*) FILTER (WHERE r.urgency = 'soon') OVER () AS soon,
      count(*) FILTER (WHERE r.urgency = 'routine') OVER () AS routine,
      min(r.created_at) OVER () AS oldest
    FROM referrals r
    JOIN people p ON p.id = r.person_id
    WHERE r.organisation_id = ANY(${uuidList(organisationIds)}) AND r.status IN ('received', 'triaged')
    ORDER BY CASE r.urgency WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END, r.created_at, r.id
    LIMIT ${DASHBOARD_LIST_LIMIT}`);
  const first = result.rows[0];
  return {
    total: toCount(first?.total),
    byUrgency: { urgent: toCount(first?.urgent), soon: toCount(first?.soon), routine: toCount(first?.routine) },
    oldestReceivedAt: first ? toInstant(first.oldest) : null,
    items: result.rows.map((row) => ({
      referralId: row.id,
      personName: `${row.given_name} ${row.family_name}`,
      urgency: row.urgency,
      status: row.status,
      receivedAt: toInstant(row.created_at),
    })),
  };
}

/** Safeguarding concerns not yet closed in these organisations, and how many still wait to be acknowledged. */
export async function openConcernCounts(
  db: DbOrTx,
  organisationIds: string[],
): Promise<{ open: number; notAcknowledged: number }> {
  const result = await db.execute<{ open: number | string; raised: number | string }>(sql`
    SELECT count(*) AS open, count(*) FILTER (WHERE status = 'raised') AS raised
    FROM safeguarding_concerns
    WHERE organisation_id = ANY(${uuidList(organisationIds)}) AND status <> 'closed'`);
  const row = result.rows[0];
  return { open: toCount(row?.open), notAcknowledged: toCount(row?.raised) };
}

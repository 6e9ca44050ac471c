import { DASHBOARD_LIST_LIMIT, type TaskStatus } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { openStatusList } from '../reports/pressure/caseload-sql.ts';
import { toCount, toInstant, uuidList } from './dashboard-sql.ts';

/**
 * The link worker's widgets that no other module already answers: new allocations, cases not
 * contacted and onward referral updates. Each is one indexed query (the worker's referrals by
 * `referrals_worker_idx`) returning the first rows and, through `count(*) OVER ()`, the total.
 * The organisation ids are the worker's `caseload:hold` / `onward:read` scope.
 */

export interface CaseRow {
  referralId: string;
  personId: string;
  personName: string;
  urgency: 'routine' | 'soon' | 'urgent';
  allocatedAt: Date | null;
  lastContactAt: Date | null;
}

export interface Listed<T> {
  total: number;
  items: T[];
}

type RawCase = {
  id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  urgency: CaseRow['urgency'];
  allocated_at: Date | string | null;
  last_contact_at: Date | string | null;
  total: number | string;
};

function toCaseRows(rows: RawCase[]): Listed<CaseRow> {
  return {
    total: toCount(rows[0]?.total),
    items: rows.map((row) => ({
      referralId: row.id,
      personId: row.person_id,
      personName: `${row.given_name} ${row.family_name}`,
      urgency: row.urgency,
      allocatedAt: row.allocated_at === null ? null : toInstant(row.allocated_at),
      lastContactAt: row.last_contact_at === null ? null : toInstant(row.last_contact_at),
    })),
  };
}

/**
 * Referrals allocated to the worker since `since` and not yet contacted (still `allocated`),
 * newest allocation first. The allocation time is the latest move to `allocated` (a reallocation
 * counts as new for the worker it moved to).
 */
export async function newAllocations(
  db: DbOrTx,
  workerId: string,
  organisationIds: string[],
  since: Date,
): Promise<Listed<CaseRow>> {
  const result = await db.execute<RawCase>(sql`
    SELECT r.id, r.person_id, p.given_name, p.family_name, r.urgency, a.at AS allocated_at, r.last_contact_at,
      count(*) OVER () AS total
    FROM referrals r
    JOIN people p ON p.id = r.person_id
    JOIN LATERAL (
      SELECT max(t.at) AS at FROM referral_transitions t WHERE t.referral_id = r.id AND t.to_status = 'allocated'
    ) a ON true
    WHERE r.assigned_worker_id = ${workerId}::uuid AND r.status = 'allocated'
      AND r.organisation_id = ANY(${uuidList(organisationIds)}) AND a.at >= ${since.toISOString()}::timestamptz
    ORDER BY a.at DESC, r.id
    LIMIT ${DASHBOARD_LIST_LIMIT}`);
  return toCaseRows(result.rows);
}

/**
 * Open cases with no contact since `cutoff`, never contacted first, then the longest without —
 * the caseload's "no contact for 14 days" filter and "last contact" order (caseload-service.ts).
 */
export async function casesNotContacted(
  db: DbOrTx,
  workerId: string,
  organisationIds: string[],
  cutoff: Date,
): Promise<Listed<CaseRow>> {
  const result = await db.execute<RawCase>(sql`
    SELECT r.id, r.person_id, p.given_name, p.family_name, r.urgency, NULL AS allocated_at, r.last_contact_at,
      count(*) OVER () AS total
    FROM referrals r
    JOIN people p ON p.id = r.person_id
    WHERE r.assigned_worker_id = ${workerId}::uuid AND r.status IN ${openStatusList}
      AND r.organisation_id = ANY(${uuidList(organisationIds)})
      AND (r.last_contact_at IS NULL OR r.last_contact_at <= ${cutoff.toISOString()}::timestamptz)
    ORDER BY r.last_contact_at ASC NULLS FIRST, r.id
    LIMIT ${DASHBOARD_LIST_LIMIT}`);
  return toCaseRows(result.rows);
}

export interface OnwardUpdateRow {
  onwardReferralId: string;
  personName: string;
  serviceName: string;
  status: TaskStatus;
  at: Date;
}

/**
 * The worker's onward referrals the provider changed since `since` (a state move or a progress
 * update, from `onward_referral_events`), latest first. "Theirs": sent for a referral assigned to
 * them, or sent by them for a person on their caseload. Reached through the worker's referrals
 * (`referrals_worker_idx`, then `onward_referrals_person_idx` and the events' index), never by
 * scanning every onward referral.
 */
export async function onwardUpdates(
  db: DbOrTx,
  workerId: string,
  organisationIds: string[],
  since: Date,
): Promise<Listed<OnwardUpdateRow>> {
  const result = await db.execute<{
    id: string;
    given_name: string;
    family_name: string;
    service_name: string;
    status: TaskStatus;
    at: Date | string;
    total: number | string;
  }>(sql`
    WITH my_referrals AS (
      SELECT r.id, r.person_id FROM referrals r
      WHERE r.assigned_worker_id = ${workerId}::uuid AND r.organisation_id = ANY(${uuidList(organisationIds)})
    ),
    mine AS (
      SELECT o.id, o.person_id, o.service_id, o.status FROM onward_referrals o
      WHERE o.person_id IN (SELECT person_id FROM my_referrals)
        AND o.organisation_id = ANY(${uuidList(organisationIds)})
        AND (o.referral_id IN (SELECT id FROM my_referrals) OR o.requested_by = ${workerId}::uuid)
    ),
    latest AS (
      SELECT e.onward_referral_id, max(e.at) AS at FROM onward_referral_events e
      WHERE e.onward_referral_id IN (SELECT id FROM mine) AND e.side = 'provider' AND e.at >= ${since.toISOString()}::timestamptz
      GROUP BY e.onward_referral_id
    )
    SELECT m.id, p.given_name, p.family_name, s.name AS service_name, m.status, l.at, count(*) OVER () AS total
    FROM latest l
    JOIN mine m ON m.id = l.onward_referral_id
    JOIN people p ON p.id = m.person_id
    JOIN dir_services s ON s.id = m.service_id
    ORDER BY l.at DESC, m.id
    LIMIT ${DASHBOARD_LIST_LIMIT}`);
  return {
    total: toCount(result.rows[0]?.total),
    items: result.rows.map((row) => ({
      onwardReferralId: row.id,
      personName: `${row.given_name} ${row.family_name}`,
      serviceName: row.service_name,
      status: row.status,
      at: toInstant(row.at),
    })),
  };
}

import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';

/** Arbitrary constant naming the caseload alert job's advisory lock among Kith's. */
const ALERT_LOCK_KEY = 4_812_741;

/** Holds the alert job's advisory lock until the transaction ends, so two runs never overlap. */
export async function lockCaseloadAlerts(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${ALERT_LOCK_KEY}::bigint)`);
}

/** A worker over the threshold, and a supervisor to alert about them. */
export type AlertRecipient = {
  supervisor_id: string;
  worker_id: string;
  worker_name: string;
  days_over: number;
};

export interface RecipientQuery {
  /** Workers over the threshold and for how many days in a row. */
  workersOver: [workerId: string, daysOver: number][];
  /** ISO date the check runs for. */
  today: string;
}

/** An earlier alert about the same worker: this kind, or the reminder kind the 0015 migration copied. */
const ALERT_KINDS = ['caseload_pressure', 'caseload_over_capacity'];

/**
 * Who to alert about each worker over the threshold: the supervisors of the worker's PCN and the
 * clinical supervisor named on their current post, if active, never the worker themself — less
 * anyone who already has an unread alert (notification) about that worker, or read one in this spell
 * (created on or after the spell's first day).
 */
export async function listAlertRecipients(tx: Tx, query: RecipientQuery): Promise<AlertRecipient[]> {
  const { workersOver, today } = query;
  const result = await tx.execute<AlertRecipient>(sql`
    WITH over AS (
      SELECT * FROM unnest(${sql.param(workersOver.map(([id]) => id))}::uuid[], ${sql.param(workersOver.map(([, days]) => days))}::int[])
        AS o(worker_id, days_over)
    ),
    recipients AS (
      SELECT o.worker_id, o.days_over, s.user_id AS supervisor_id
      FROM over o
      JOIN memberships wm ON wm.user_id = o.worker_id AND wm.role IN ('link_worker', 'supervisor')
      JOIN organisations pcn ON pcn.id = wm.organisation_id AND pcn.kind = 'pcn'
      JOIN memberships s ON s.organisation_id = pcn.id AND s.role = 'supervisor'
      UNION
      SELECT o.worker_id, o.days_over, p.clinical_supervisor_user_id
      FROM over o
      JOIN workforce_posts p ON p.holder_user_id = o.worker_id
      WHERE p.clinical_supervisor_user_id IS NOT NULL
        AND p.start_date <= ${today}::date AND (p.end_date IS NULL OR p.end_date >= ${today}::date)
    )
    SELECT r.supervisor_id, r.worker_id, w.display_name AS worker_name, r.days_over
    FROM recipients r
    JOIN users s ON s.id = r.supervisor_id AND s.active
    JOIN users w ON w.id = r.worker_id
    WHERE r.supervisor_id <> r.worker_id
      AND NOT EXISTS (
        SELECT 1 FROM notifications x
        WHERE x.user_id = r.supervisor_id AND x.kind = ANY(${sql.param(ALERT_KINDS)}::text[]) AND x.subject_id = r.worker_id
          AND (x.read_at IS NULL OR x.created_at >= (${today}::date - (r.days_over - 1))::timestamp AT TIME ZONE 'UTC'))`);
  return result.rows;
}

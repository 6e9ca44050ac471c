import type { PressureSettings } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/client.ts';
import { reminders } from '../../../db/schema/index.ts';
import { enqueueJob, type JobRow } from '../../../jobs/job-queue.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { getReportSettings } from '../settings/report-settings-service.ts';
import { caseloadHistory, DAYS_OVER_LOOKBACK } from './caseload-history.ts';
import { addDays } from './caseload-sql.ts';

/**
 * Early warning for supervisors: once a day, every worker whose weighted caseload has stayed
 * over the threshold for `alertAfterDays` days in a row raises a reminder (home page) for the
 * supervisors of their PCN and the clinical supervisor named on their post.
 */
export const CASELOAD_ALERT_JOB = 'reports.caseload-alerts';
export const CASELOAD_OVER_CAPACITY_REMINDER = 'caseload_over_capacity';

/** The hour (UTC) the daily check runs: before the working day starts. */
const RUN_HOUR_UTC = 6;
/** Arbitrary constant naming this job's advisory lock among Kith's. */
const ALERT_LOCK_KEY = 4_812_741;

function jobKey(day: string): string {
  return `caseload-alerts:${day}`;
}

/**
 * Makes sure a check is queued (at start-up): today's, due now. The dedupe key is the day, so
 * starting twice, or on a day whose check already ran (and queued tomorrow's), adds nothing.
 */
export async function ensureCaseloadAlertJob(db: DbOrTx, now = new Date()): Promise<void> {
  await enqueueJob(db, { kind: CASELOAD_ALERT_JOB, payload: {}, runAt: now, dedupeKey: jobKey(isoDate(now)) });
}

/** The job: raise today's alerts, then queue tomorrow's check (in the same transaction). */
export async function checkCaseloadAlerts(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const { pressure } = await getReportSettings(tx);
  await raiseCaseloadAlerts(tx, pressure, now, `job:${job.id}`);
  const tomorrow = addDays(isoDate(now), 1);
  await enqueueJob(tx, {
    kind: CASELOAD_ALERT_JOB,
    payload: {},
    runAt: new Date(`${tomorrow}T${String(RUN_HOUR_UTC).padStart(2, '0')}:00:00Z`),
    dedupeKey: jobKey(tomorrow),
  });
}

type Recipient = {
  supervisor_id: string;
  worker_id: string;
  worker_name: string;
  days_over: number;
};

/**
 * Raises the alerts due at `now` and returns how many. Idempotent: a supervisor gets one alert
 * per worker per spell over the threshold — none while an earlier one is undismissed, and none
 * again for the same spell once dismissed — so reruns, retries and two workers at once (the
 * advisory lock) never duplicate. A worker who drops under and goes over again is a new spell.
 */
export async function raiseCaseloadAlerts(tx: Tx, settings: PressureSettings, now: Date, requestId: string): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${ALERT_LOCK_KEY}::bigint)`);
  const today = isoDate(now);
  const filter = { pcnIds: null, practiceId: null, workerId: null };
  const { daysOver } = await caseloadHistory(tx, filter, { daysOver: { today, lookbackDays: DAYS_OVER_LOOKBACK, settings } });
  const due = [...daysOver].filter(([, days]) => days >= settings.alertAfterDays);
  if (due.length === 0) return 0;

  const result = await tx.execute<Recipient>(sql`
    WITH over AS (
      SELECT * FROM unnest(${sql.param(due.map(([id]) => id))}::uuid[], ${sql.param(due.map(([, days]) => days))}::int[])
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
        SELECT 1 FROM reminders x
        WHERE x.user_id = r.supervisor_id AND x.kind = ${CASELOAD_OVER_CAPACITY_REMINDER} AND x.subject_id = r.worker_id
          AND (x.dismissed_at IS NULL OR x.created_at >= (${today}::date - (r.days_over - 1))::timestamp AT TIME ZONE 'UTC'))`);
  const rows = result.rows;
  if (rows.length === 0) return 0;
  await tx.insert(reminders).values(
    rows.map((r) => ({
      userId: r.supervisor_id,
      kind: CASELOAD_OVER_CAPACITY_REMINDER,
      subjectId: r.worker_id,
      message: alertMessage(r.worker_name, Number(r.days_over), settings.alertThresholdPercent),
      link: `/reports/caseload-pressure?workerId=${r.worker_id}`,
      createdAt: now,
    })),
  );
  await recordAudit(
    tx,
    { actor: null, requestId },
    {
      action: 'create',
      recordType: 'reminder',
      detail: {
        kind: CASELOAD_OVER_CAPACITY_REMINDER,
        reminders: rows.length,
        workers: new Set(rows.map((r) => r.worker_id)).size,
      },
    },
  );
  return rows.length;
}

function alertMessage(workerName: string, days: number, thresholdPercent: number): string {
  const spell = days > DAYS_OVER_LOOKBACK ? 'for more than a year' : `for ${days} days in a row`;
  return `${workerName}'s caseload has been over ${thresholdPercent}% of capacity ${spell}.`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

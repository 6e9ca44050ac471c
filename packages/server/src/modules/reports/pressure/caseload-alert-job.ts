import type { PressureSettings } from '@kith/shared';
import type { DbOrTx, Tx } from '../../../db/client.ts';
import { enqueueJob, type JobRow } from '../../../jobs/job-queue.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { notifyUsers } from '../../notifications/notify.ts';
import { getReportSettings } from '../settings/report-settings-service.ts';
import { type AlertRecipient, listAlertRecipients, lockCaseloadAlerts } from './caseload-alert-repository.ts';
import { caseloadHistory, DAYS_OVER_LOOKBACK } from './caseload-history.ts';
import { addDays } from './caseload-sql.ts';

/**
 * Early warning for supervisors: once a day, every worker whose weighted caseload has stayed
 * over the threshold for `alertAfterDays` days in a row raises a `caseload_pressure` notification
 * for the supervisors of their PCN and the clinical supervisor named on their post.
 */
export const CASELOAD_ALERT_JOB = 'reports.caseload-alerts';

/** The hour (UTC) the daily check runs: before the working day starts. */
const RUN_HOUR_UTC = 6;

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

/**
 * Raises the alerts due at `now` and returns how many. Idempotent: a supervisor gets one alert
 * per worker per spell over the threshold — none while an earlier one is undismissed, and none
 * again for the same spell once dismissed — so reruns, retries and two workers at once (the
 * advisory lock) never duplicate. (An alert read counts as dismissed.) A worker who drops under and goes over again is a new spell.
 */
export async function raiseCaseloadAlerts(tx: Tx, settings: PressureSettings, now: Date, requestId: string): Promise<number> {
  await lockCaseloadAlerts(tx);
  const today = isoDate(now);
  const filter = { pcnIds: null, practiceId: null, workerId: null };
  const { daysOver } = await caseloadHistory(tx, filter, { daysOver: { today, lookbackDays: DAYS_OVER_LOOKBACK, settings } });
  const due = [...daysOver].filter(([, days]) => days >= settings.alertAfterDays);
  if (due.length === 0) return 0;

  const rows = await listAlertRecipients(tx, { workersOver: due, today });
  if (rows.length === 0) return 0;
  const byWorker = new Map<string, AlertRecipient[]>();
  for (const row of rows) byWorker.set(row.worker_id, [...(byWorker.get(row.worker_id) ?? []), row]);
  for (const [workerId, recipients] of byWorker) {
    const first = recipients[0];
    if (!first) continue;
    const daysOver = Number(first.days_over);
    await notifyUsers(
      tx,
      recipients.map((r) => r.supervisor_id),
      {
        kind: 'caseload_pressure',
        subjectType: 'user',
        subjectId: workerId,
        title: alertMessage(first.worker_name, daysOver, settings.alertThresholdPercent),
        link: `/reports/caseload-pressure?workerId=${workerId}`,
        // One per supervisor per spell over the threshold (the spell named by its first day).
        dedupeKey: `caseload-pressure:${workerId}:${addDays(today, 1 - daysOver)}`,
      },
      now,
    );
  }
  await recordAudit(
    tx,
    { actor: null, requestId },
    {
      action: 'create',
      recordType: 'notification',
      detail: {
        kind: 'caseload_pressure',
        notifications: rows.length,
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

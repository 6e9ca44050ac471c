import type { EmailConfig, MeshConfig, NotifyConfig } from '../config.ts';
import { EVENT_REMINDER_JOB, sendEventReminders } from '../modules/community/events/event-reminder-job.ts';
import { gpRecordJobHandlers } from '../modules/gp-record/gp-record-jobs.ts';
import { DUE_SCAN_JOB, runDueScan } from '../modules/notifications/due-scan-job.ts';
import { NOTIFICATION_DIGEST_JOB, sendNotificationDigests } from '../modules/notifications/notification-digest-job.ts';
import { setNotificationLinkBase } from '../modules/notifications/notification-emails.ts';
import { ACKNOWLEDGEMENT_CHECK_JOB, checkAcknowledgement } from '../modules/onward-referrals/acknowledgement-check-job.ts';
import { smtpOutboxSender } from '../modules/outbox/outbox-send-job.ts';
import { OUTBOX_SEND_JOB } from '../modules/outbox/outbox-service.ts';
import { personMessageJobHandlers } from '../modules/person-messages/person-message-jobs.ts';
import { CASELOAD_ALERT_JOB, checkCaseloadAlerts } from '../modules/reports/pressure/caseload-alert-job.ts';
import type { JobHandlers } from './job-queue.ts';

/**
 * Every job kind Kith runs, with its handler. Add a kind here when a feature queues a new one.
 * Outbox emails are sent only when SMTP is configured; otherwise their jobs are left unclaimed
 * and the emails wait in the outbox.
 */
export function kithJobHandlers(email?: EmailConfig, notify?: NotifyConfig, mesh?: MeshConfig): JobHandlers {
  const sendEmail = email ? smtpOutboxSender(email) : null;
  // Notification emails link to the public address, also when only the worker runs.
  if (email) setNotificationLinkBase(email.publicUrl);
  return {
    [ACKNOWLEDGEMENT_CHECK_JOB]: checkAcknowledgement,
    [EVENT_REMINDER_JOB]: sendEventReminders,
    [CASELOAD_ALERT_JOB]: checkCaseloadAlerts,
    [NOTIFICATION_DIGEST_JOB]: sendNotificationDigests,
    [DUE_SCAN_JOB]: runDueScan,
    ...(sendEmail ? { [OUTBOX_SEND_JOB]: sendEmail } : {}),
    // Messages to people: sent and tracked only with a GOV.UK Notify key; otherwise they wait as queued.
    ...personMessageJobHandlers(notify),
    // The message back into GP records: always prepared; sent and tracked only when MESH is configured.
    ...gpRecordJobHandlers(mesh),
  };
}

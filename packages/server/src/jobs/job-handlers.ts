import type { EmailConfig } from '../config.ts';
import { EVENT_REMINDER_JOB, sendEventReminders } from '../modules/community/events/event-reminder-job.ts';
import { ACKNOWLEDGEMENT_CHECK_JOB, checkAcknowledgement } from '../modules/onward-referrals/acknowledgement-check-job.ts';
import { smtpOutboxSender } from '../modules/outbox/outbox-send-job.ts';
import { OUTBOX_SEND_JOB } from '../modules/outbox/outbox-service.ts';
import { CASELOAD_ALERT_JOB, checkCaseloadAlerts } from '../modules/reports/pressure/caseload-alert-job.ts';
import type { JobHandlers } from './job-queue.ts';

/**
 * Every job kind Kith runs, with its handler. Add a kind here when a feature queues a new one.
 * Outbox emails are sent only when SMTP is configured; otherwise their jobs are left unclaimed
 * and the emails wait in the outbox.
 */
export function kithJobHandlers(email?: EmailConfig): JobHandlers {
  const sendEmail = email ? smtpOutboxSender(email) : null;
  return {
    [ACKNOWLEDGEMENT_CHECK_JOB]: checkAcknowledgement,
    [EVENT_REMINDER_JOB]: sendEventReminders,
    [CASELOAD_ALERT_JOB]: checkCaseloadAlerts,
    ...(sendEmail ? { [OUTBOX_SEND_JOB]: sendEmail } : {}),
  };
}

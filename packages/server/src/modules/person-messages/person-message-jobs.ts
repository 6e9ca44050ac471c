import type { NotifyConfig } from '../../config.ts';
import type { JobHandlers } from '../../jobs/job-queue.ts';
import { APPOINTMENT_BOOKED_JOB } from '../appointments/appointment-jobs.ts';
import {
  APPOINTMENT_REMINDER_JOB,
  APPOINTMENT_REMINDER_SCAN_JOB,
  confirmBookedAppointment,
  remindOfAppointment,
  scanAppointmentReminders,
} from './appointment-message-jobs.ts';
import { type NotifyGateway, notifyGatewayFrom } from './notify-gateway.ts';
import { PERSON_MESSAGE_SEND_JOB } from './person-message-queue.ts';
import { personMessageSender } from './person-message-send-job.ts';
import { PERSON_MESSAGE_STATUS_JOB, personMessageStatusChecker } from './person-message-status-job.ts';

/**
 * The person-messages job kinds. Confirmations and reminders are always queued (as messages);
 * sending and status checks need GOV.UK Notify, so without a key no worker claims them and the
 * messages wait as queued, to be sent when a key is set. `gateway` replaces Notify in tests.
 */
export function personMessageJobHandlers(notify: NotifyConfig | undefined, gateway?: NotifyGateway): JobHandlers {
  const client = gateway ?? (notify ? notifyGatewayFrom(notify) : null);
  return {
    [APPOINTMENT_BOOKED_JOB]: confirmBookedAppointment,
    [APPOINTMENT_REMINDER_SCAN_JOB]: scanAppointmentReminders,
    [APPOINTMENT_REMINDER_JOB]: remindOfAppointment,
    ...(client
      ? {
          [PERSON_MESSAGE_SEND_JOB]: personMessageSender(client),
          [PERSON_MESSAGE_STATUS_JOB]: personMessageStatusChecker(client),
        }
      : {}),
  };
}

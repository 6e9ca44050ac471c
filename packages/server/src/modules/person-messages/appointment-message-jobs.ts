import { z } from 'zod';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { enqueueJob, type JobRow } from '../../jobs/job-queue.ts';
import { ensureJobQueued } from '../../jobs/recurring-job.ts';
import {
  findAppointmentForMessage,
  hasUpcomingBookedAppointment,
  listAppointmentsDueReminder,
} from './appointment-message-repository.ts';
import { appointmentMessageValues } from './appointment-message-values.ts';
import { queueAutomaticPersonMessage } from './person-message-queue.ts';

/**
 * The messages Kith sends about appointments by itself: a confirmation when one is booked or
 * moved (the appointments module queues `appointments.booked`), and a reminder 24 hours
 * before, found by a scan that runs every 15 minutes while booked appointments are to come.
 * Each goes in the person's preferred channel, or is skipped with an audit note when they
 * cannot be messaged; the booking itself never fails for it.
 */
export const APPOINTMENT_REMINDER_SCAN_JOB = 'person-messages.appointment-reminder-scan';
export const APPOINTMENT_REMINDER_JOB = 'person-messages.appointment-reminder';
export const REMINDER_HOURS_BEFORE = 24;
const SCAN_EVERY_MS = 15 * 60_000;
const REMINDER_KEY_PREFIX = 'appointment-reminder:';

const BookedPayload = z.object({ appointmentId: z.uuid(), change: z.enum(['booked', 'rescheduled']) });
const ReminderPayload = z.object({ appointmentId: z.uuid(), startsAt: z.iso.datetime() });

function jobContext(job: JobRow): RequestContext {
  return { actor: null, requestId: `job:${job.id}` };
}

/** An appointment's reminder key: one reminder per appointment and start time, ever. */
export function reminderKey(appointmentId: string, startsAt: Date): string {
  return `${REMINDER_KEY_PREFIX}${appointmentId}:${startsAt.toISOString()}`;
}

/**
 * Handles the appointments module's `appointments.booked` job: the confirmation, once per start
 * time, then makes sure reminders are scanned for.
 */
export async function confirmBookedAppointment(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const { appointmentId } = BookedPayload.parse(job.payload);
  const found = await findAppointmentForMessage(tx, appointmentId);
  if (found?.appointment.status !== 'booked' || found.appointment.startsAt <= now) return;
  const { appointment } = found;
  await queueAutomaticPersonMessage(tx, jobContext(job), {
    personId: appointment.personId,
    templateKey: 'appointment_confirmation',
    values: appointmentMessageValues({ ...appointment, workerName: found.workerName }),
    referralId: appointment.referralId,
    appointmentId,
    createdBy: null,
    dedupeKey: `appointment-confirmation:${appointmentId}:${appointment.startsAt.toISOString()}`,
    now,
  });
  // Its reminder is a day or more away (one booked nearer gets none), so a scan within the
  // quarter hour is soon enough; a scan already waiting for then does.
  await ensureJobQueued(tx, APPOINTMENT_REMINDER_SCAN_JOB, new Date(now.getTime() + SCAN_EVERY_MS), now);
}

/**
 * Queues the reminder scan now unless one is waiting: call at start-up. Each booking queues one
 * too, so the scan, which stops when no booked appointment is to come, starts again.
 */
export async function ensureAppointmentReminderScan(db: DbOrTx, now = new Date()): Promise<void> {
  await ensureJobQueued(db, APPOINTMENT_REMINDER_SCAN_JOB, now, now);
}

/**
 * The scan: one reminder job per appointment that falls due (keyed, so each appointment and
 * start time is reminded exactly once), then the next scan while booked appointments remain.
 */
export async function scanAppointmentReminders(tx: Tx, _job: JobRow, now: Date): Promise<void> {
  const due = await listAppointmentsDueReminder(tx, now, REMINDER_HOURS_BEFORE, REMINDER_KEY_PREFIX);
  for (const appointment of due) {
    await enqueueJob(tx, {
      kind: APPOINTMENT_REMINDER_JOB,
      payload: { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() },
      runAt: now,
      dedupeKey: reminderKey(appointment.id, appointment.startsAt),
    });
  }
  if (await hasUpcomingBookedAppointment(tx, now)) {
    await ensureJobQueued(tx, APPOINTMENT_REMINDER_SCAN_JOB, new Date(now.getTime() + SCAN_EVERY_MS), now);
  }
}

/** One appointment's reminder, if it is still booked for the same time. */
export async function remindOfAppointment(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const { appointmentId, startsAt } = ReminderPayload.parse(job.payload);
  const found = await findAppointmentForMessage(tx, appointmentId);
  if (found?.appointment.status !== 'booked' || found.appointment.startsAt.toISOString() !== startsAt) return;
  if (found.appointment.startsAt <= now) return;
  const { appointment } = found;
  await queueAutomaticPersonMessage(tx, jobContext(job), {
    personId: appointment.personId,
    templateKey: 'appointment_reminder',
    values: appointmentMessageValues({ ...appointment, workerName: found.workerName }),
    referralId: appointment.referralId,
    appointmentId,
    createdBy: null,
    dedupeKey: reminderKey(appointmentId, appointment.startsAt),
    now,
  });
}

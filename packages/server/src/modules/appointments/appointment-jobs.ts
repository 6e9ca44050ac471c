/**
 * Job kinds the appointments module queues. The handlers live with the modules that do the work
 * (person-messages sends the confirmation), so this file only names them and their payloads.
 */

/** Queued when an appointment is booked or rescheduled, in that change's transaction. */
export const APPOINTMENT_BOOKED_JOB = 'appointments.booked';

/** Payload of {@link APPOINTMENT_BOOKED_JOB}. */
export interface AppointmentBookedPayload {
  appointmentId: string;
  change: 'booked' | 'rescheduled';
}

/** One job per appointment version, so a retried request never confirms twice. */
export function appointmentBookedDedupeKey(appointmentId: string, version: number): string {
  return `appointment-booked:${appointmentId}:${version}`;
}

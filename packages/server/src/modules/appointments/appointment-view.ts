import { type Appointment, referralReference } from '@kith/shared';
import type { AppointmentRow } from './appointment-repository.ts';

/** The one place an appointment becomes an API response. */
export function toAppointment({
  appointment: a,
  givenName,
  familyName,
  accessibleFormats,
  workerName,
}: AppointmentRow): Appointment {
  return {
    id: a.id,
    referralId: a.referralId,
    personId: a.personId,
    personName: `${givenName} ${familyName}`,
    personAccessibleFormats: accessibleFormats,
    reference: referralReference(a.referralId),
    workerId: a.workerUserId,
    workerName,
    startsAt: a.startsAt.toISOString(),
    endsAt: endOf(a).toISOString(),
    durationMinutes: a.durationMinutes,
    mode: a.mode,
    place: a.place,
    videoLink: a.videoLink,
    status: a.status,
    statusReason: a.statusReason,
    contactId: a.contactId,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
  };
}

/** When an appointment ends. */
export function endOf(a: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(a.startsAt.getTime() + a.durationMinutes * 60_000);
}

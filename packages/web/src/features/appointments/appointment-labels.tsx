import { APPOINTMENT_STATUS_LABELS, type Appointment, type AppointmentStatus } from '@kith/shared';
import { CONTACT_MODE_LABELS } from '../care/care-labels.ts';

const TAG_CLASSES: Record<AppointmentStatus, string> = {
  booked: 'nhsuk-tag nhsuk-tag--blue',
  attended: 'nhsuk-tag nhsuk-tag--green',
  did_not_attend: 'nhsuk-tag nhsuk-tag--orange',
  cancelled: 'nhsuk-tag nhsuk-tag--grey',
};

/** The appointment's status as an NHS tag; the words say it, not only the colour. */
export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  return <strong className={TAG_CLASSES[status]}>{APPOINTMENT_STATUS_LABELS[status]}</strong>;
}

/** "Face to face at Willow Lane Surgery", "Video call", "Phone call". */
export function whereText(appointment: Pick<Appointment, 'mode' | 'place'>): string {
  const how = CONTACT_MODE_LABELS[appointment.mode];
  return appointment.place ? `${how}: ${appointment.place}` : how;
}

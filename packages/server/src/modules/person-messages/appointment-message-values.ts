import { type ContactMode, UK_TIME_ZONE } from '@kith/shared';

/** How each appointment mode reads in "your appointment … (by phone)". */
const MODE_WORDING: Record<ContactMode, string> = {
  phone: 'by phone',
  face_to_face: 'in person',
  home_visit: 'a home visit',
  video: 'a video call',
  text: 'by text message',
  group: 'a group session',
};

const DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, hour: 'numeric', minute: '2-digit', hour12: true });

export interface AppointmentDetails {
  startsAt: Date;
  mode: ContactMode;
  place: string | null;
  videoLink: string | null;
  workerName: string;
}

/** The appointment templates' values, in UK local time: "Monday 7 December 2026", "2:30pm". */
export function appointmentMessageValues(appointment: AppointmentDetails): Record<string, string> {
  return {
    worker: appointment.workerName,
    date: DATE.format(appointment.startsAt).replace(',', ''),
    time: TIME.format(appointment.startsAt).replace(/\s/g, '').toLowerCase(),
    mode: MODE_WORDING[appointment.mode],
    place: appointment.place ?? appointment.videoLink ?? (appointment.mode === 'phone' ? 'we will phone you' : 'to be confirmed'),
  };
}

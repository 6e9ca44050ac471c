import {
  type Appointment,
  AttendedRequest,
  BookAppointmentRequest,
  CancelAppointmentRequest,
  DidNotAttendRequest,
  RescheduleAppointmentRequest,
  readUkDateTime,
  type UkOffset,
} from '@kith/shared';
import { type Checked, type FormIssue, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, datePartsFromIso, EMPTY_DATE_PARTS, readDateParts } from '../../components/date-parts.ts';
import { ukDateOf, ukTime } from './appointment-time.ts';

/** The booking (and rescheduling) form as typed: UK date boxes, a 24-hour time, minutes as text. */
export interface AppointmentFormValues {
  date: DateParts;
  time: string;
  /** Only asked for when the time happens twice (the night the clocks go back). */
  offset: '' | UkOffset;
  durationMinutes: string;
  mode: string;
  place: string;
  videoLink: string;
  /** Booking only: a colleague instead of the assigned worker ('' = the assigned worker). */
  workerId: string;
}

export const EMPTY_APPOINTMENT: AppointmentFormValues = {
  date: EMPTY_DATE_PARTS,
  time: '',
  offset: '',
  durationMinutes: '45',
  mode: '',
  place: '',
  videoLink: '',
  workerId: '',
};

/** The form's fields, top to bottom. */
export const APPOINTMENT_FIELD_ORDER = [
  'workerId',
  'date',
  'time',
  'offset',
  'durationMinutes',
  'mode',
  'place',
  'videoLink',
] as const;

/** The form filled in with an appointment, to move it. */
export function valuesFromAppointment(appointment: Appointment): AppointmentFormValues {
  return {
    date: datePartsFromIso(ukDateOf(appointment.startsAt)),
    time: ukTime(appointment.startsAt),
    offset: '',
    durationMinutes: String(appointment.durationMinutes),
    mode: appointment.mode,
    place: appointment.place ?? '',
    videoLink: appointment.videoLink ?? '',
    workerId: appointment.workerId,
  };
}

/** True when the typed date and time happen twice in UK time, so the form must ask which. */
export function needsOffset(values: AppointmentFormValues): boolean {
  const date = readDateParts(values.date, 'the date');
  const time = normaliseTime(values.time);
  return date.kind === 'date' && time !== null && readUkDateTime(`${date.iso}T${time}`).kind === 'repeated';
}

/** `POST /api/referrals/:id/appointments` from the form, checked with the shared schema. */
export function buildBookRequest(values: AppointmentFormValues): Checked<BookAppointmentRequest> {
  return checked(BookAppointmentRequest, values, { workerId: values.workerId || null });
}

/** `PATCH /api/appointments/:id` from the form, guarded by the version the user saw. */
export function buildRescheduleRequest(values: AppointmentFormValues, version: number): Checked<RescheduleAppointmentRequest> {
  return checked(RescheduleAppointmentRequest, values, { version });
}

interface ParsingSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

function checked<T>(schema: ParsingSchema<T>, values: AppointmentFormValues, extra: object): Checked<T> {
  const date = readDateParts(values.date, 'the date');
  const own: FormIssue[] = [...dateIssue(date, 'date', 'Enter the date of the appointment')];
  const time = normaliseTime(values.time);
  if (!values.time.trim()) own.push({ path: 'time', message: 'Enter the time, like 09:30 or 14:00' });
  else if (time === null) own.push({ path: 'time', message: 'Enter a time like 09:30 or 14:00' });
  const minutesText = values.durationMinutes.trim();
  const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : null;
  if (minutes === null)
    own.push({ path: 'durationMinutes', message: 'Enter how long the appointment is, in whole minutes, like 45' });
  const request = {
    ...extra,
    date: date.kind === 'date' ? date.iso : '',
    time: time ?? '',
    offset: values.offset || null,
    durationMinutes: minutes ?? 0,
    mode: values.mode,
    // Only the field the chosen mode shows counts: a link typed before switching to "Phone" is not sent.
    place: values.mode === 'video' ? null : values.place.trim() || null,
    videoLink: values.mode === 'video' ? values.videoLink.trim() || null : null,
  };
  const result = validateWith(schema, request);
  // The form's own messages first: for the same field the schema's would only repeat them less clearly.
  const all = [...own, ...(result.ok ? [] : result.issues)];
  if (all.length > 0) return { ok: false, issues: orderIssues(all, APPOINTMENT_FIELD_ORDER) };
  return result;
}

/** "9:30", "0930" or "09:30" → "09:30"; null when it is not a time of day. */
export function normaliseTime(text: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The "Cancel" form: a reason is required. */
export interface CancelFormValues {
  reason: string;
}
export const EMPTY_CANCEL: CancelFormValues = { reason: '' };
export const CANCEL_FIELD_ORDER = ['reason'] as const;

export function buildCancelRequest(values: CancelFormValues, version: number): Checked<CancelAppointmentRequest> {
  const checked = validateWith(CancelAppointmentRequest, { version, reason: values.reason });
  return checked.ok ? checked : { ok: false, issues: orderIssues(checked.issues, CANCEL_FIELD_ORDER) };
}

/** "Mark attended and log contact": optional notes for the contact. */
export interface NoteFormValues {
  notes: string;
}
export const EMPTY_NOTE: NoteFormValues = { notes: '' };
export const NOTE_FIELD_ORDER = ['notes'] as const;

export function buildAttendedRequest(values: NoteFormValues, version: number): Checked<AttendedRequest> {
  const checked = validateWith(AttendedRequest, { version, notes: values.notes.trim() || null });
  return checked.ok ? checked : { ok: false, issues: orderIssues(checked.issues, NOTE_FIELD_ORDER) };
}

/** "Did not attend": an optional note (its own field name, as it shares a page with the attended form). */
export interface DidNotAttendFormValues {
  note: string;
}
export const EMPTY_DNA: DidNotAttendFormValues = { note: '' };
export const DNA_FIELD_ORDER = ['note'] as const;

export function buildDidNotAttendRequest(values: DidNotAttendFormValues, version: number): Checked<DidNotAttendRequest> {
  const checked = validateWith(DidNotAttendRequest, { version, note: values.note.trim() || null });
  return checked.ok ? checked : { ok: false, issues: orderIssues(checked.issues, DNA_FIELD_ORDER) };
}

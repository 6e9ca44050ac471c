import { z } from 'zod';
import { ACCESSIBLE_FORMATS, CONTACT_MODES } from '../rules/person-categories.ts';
import { UK_OFFSETS, type UkOffset, ukInstant } from '../rules/uk-wall-clock.ts';
import { isWellFormedText } from '../rules/well-formed-text.ts';
import { Id, text } from './common.ts';

/** What happened to an appointment. Only `booked` ones can still change. */
export const APPOINTMENT_STATUSES = ['booked', 'attended', 'did_not_attend', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_STATUS_LABELS: Readonly<Record<AppointmentStatus, string>> = {
  booked: 'Booked',
  attended: 'Attended',
  did_not_attend: 'Did not attend',
  cancelled: 'Cancelled',
};

/** Shortest and longest appointment, in minutes. */
export const APPOINTMENT_MIN_MINUTES = 5;
export const APPOINTMENT_MAX_MINUTES = 480;

/** The calendar views: one day, or the week (Monday to Sunday) holding the date. */
export const CALENDAR_VIEWS = ['day', 'week'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const AppointmentDate = z.iso.date({ message: 'Enter a real date' });
const AppointmentTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a time like 09:30 or 14:00' });
const Duration = z
  .number({ message: 'Enter how long the appointment is, in minutes' })
  .int({ message: 'Enter the length in whole minutes' })
  .min(APPOINTMENT_MIN_MINUTES, { message: `An appointment is at least ${APPOINTMENT_MIN_MINUTES} minutes` })
  .max(APPOINTMENT_MAX_MINUTES, { message: `An appointment is at most ${APPOINTMENT_MAX_MINUTES} minutes (8 hours)` });
const Place = z
  .string()
  .trim()
  .max(500, { message: 'The place must be 500 characters or fewer' })
  .refine(isWellFormedText, { message: 'The place contains characters Kith cannot store' });
/** Video links are opened by the person too, so only https. */
const VideoLink = z
  .string()
  .trim()
  .max(2000, { message: 'The video link must be 2000 characters or fewer' })
  .refine(isHttpsUrl, { message: 'Enter a video link starting with https://' });

/** True for an absolute https URL with a host. */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Which of the two readings of a UK time that happens twice (the night the clocks go back). */
export const AppointmentOffset = z.enum(UK_OFFSETS, { message: 'Choose +01:00 (the first time) or +00:00 (the second)' });

/** The instant a UK date and time mean, or the message saying why not. */
export function appointmentInstant(
  date: string,
  time: string,
  offset?: UkOffset | null,
): { ok: true; instant: Date } | { ok: false; message: string; field: 'time' | 'offset' } {
  const read = ukInstant(`${date}T${time}`, offset);
  if (read.ok) return read;
  return {
    ok: false,
    message: read.message,
    field: read.problem === 'needs_offset' || read.problem === 'wrong_offset' ? 'offset' : 'time',
  };
}

interface WhenFields {
  date?: string;
  time?: string;
  offset?: UkOffset | null;
}

function checkWhen(value: WhenFields, ctx: z.RefinementCtx) {
  if (!value.date || !value.time) return;
  if (!AppointmentDate.safeParse(value.date).success || !AppointmentTime.safeParse(value.time).success) return;
  const read = appointmentInstant(value.date, value.time, value.offset);
  if (!read.ok) ctx.addIssue({ code: 'custom', path: [read.field], message: read.message });
}

function checkWhere(value: { mode?: string; videoLink?: string | null; place?: string | null }, ctx: z.RefinementCtx) {
  if (value.mode === 'video' && !value.videoLink) {
    ctx.addIssue({ code: 'custom', path: ['videoLink'], message: 'Enter the video link for a video appointment' });
  }
  if ((value.mode === 'face_to_face' || value.mode === 'group') && !value.place) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'Enter where the appointment is' });
  }
}

/**
 * `POST /api/referrals/:id/appointments`: the date and time are UK wall-clock time; `workerId`
 * defaults to the referral's assigned worker. The server refuses a start in the past.
 */
export const BookAppointmentRequest = z
  .object({
    date: AppointmentDate,
    time: AppointmentTime,
    offset: AppointmentOffset.nullable().optional(),
    durationMinutes: Duration,
    mode: z.enum(CONTACT_MODES, { message: 'Choose how the appointment will happen' }),
    place: Place.nullable().optional(),
    videoLink: VideoLink.nullable().optional(),
    workerId: Id.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    checkWhen(value, ctx);
    checkWhere(value, ctx);
  });
export type BookAppointmentRequest = z.infer<typeof BookAppointmentRequest>;

/** `PATCH /api/appointments/:id`: a new time (and optionally length, mode, place), guarded by `version`. */
export const RescheduleAppointmentRequest = z
  .object({
    version: z.number().int().min(1),
    date: AppointmentDate,
    time: AppointmentTime,
    offset: AppointmentOffset.nullable().optional(),
    durationMinutes: Duration.optional(),
    mode: z.enum(CONTACT_MODES, { message: 'Choose how the appointment will happen' }).optional(),
    place: Place.nullable().optional(),
    videoLink: VideoLink.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    checkWhen(value, ctx);
    if (value.mode !== undefined) checkWhere(value, ctx);
  });
export type RescheduleAppointmentRequest = z.infer<typeof RescheduleAppointmentRequest>;

/** `POST /api/appointments/:id/cancel`. */
export const CancelAppointmentRequest = z.object({
  version: z.number().int().min(1),
  reason: text(2000, 'why the appointment is cancelled'),
});
export type CancelAppointmentRequest = z.infer<typeof CancelAppointmentRequest>;

/** `POST /api/appointments/:id/did-not-attend`. */
export const DidNotAttendRequest = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().max(2000).refine(isWellFormedText).nullable().optional(),
});
export type DidNotAttendRequest = z.infer<typeof DidNotAttendRequest>;

/** `POST /api/appointments/:id/attended`: logs the successful contact in the same step. */
export const AttendedRequest = z.object({
  version: z.number().int().min(1),
  notes: z.string().trim().max(8000).refine(isWellFormedText).nullable().optional(),
});
export type AttendedRequest = z.infer<typeof AttendedRequest>;

/** One appointment as the care team sees it. Times are instants (ISO, with offset). */
export const Appointment = z.object({
  id: Id,
  referralId: Id,
  personId: Id,
  personName: z.string(),
  /** The person's accessible formats, so a letter to them defaults to large print when they need it. */
  personAccessibleFormats: z.array(z.enum(ACCESSIBLE_FORMATS)),
  /** The short referral reference (`3F2A9C1B`). */
  reference: z.string(),
  workerId: Id,
  workerName: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  mode: z.enum(CONTACT_MODES),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  status: z.enum(APPOINTMENT_STATUSES),
  statusReason: z.string().nullable(),
  contactId: Id.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentList = z.object({ items: z.array(Appointment) });
export type AppointmentList = z.infer<typeof AppointmentList>;

/** Someone an appointment on a referral can be with: a colleague who works the PCN's referrals. */
export const AppointmentWorker = z.object({ id: Id, name: z.string() });
export type AppointmentWorker = z.infer<typeof AppointmentWorker>;
/** `GET /api/referrals/:id/appointment-workers`: the choices, and who is assigned (the default). */
export const AppointmentWorkerList = z.object({ items: z.array(AppointmentWorker), assignedWorkerId: Id.nullable() });
export type AppointmentWorkerList = z.infer<typeof AppointmentWorkerList>;

/** The most days one calendar request may span. */
export const CALENDAR_MAX_DAYS = 42;

/**
 * `GET /api/appointments?from=&to=&workerId=`: appointments starting in [from, to). Without
 * `workerId`, the caller's own; `team=true` for a supervisor's whole team (their PCNs).
 */
export const CalendarQuery = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    workerId: Id.optional(),
    team: z.enum(['true', 'false']).optional(),
  })
  .superRefine((value, ctx) => {
    const span = Date.parse(value.to) - Date.parse(value.from);
    if (!(span > 0)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end must be after the start' });
    else if (span > CALENDAR_MAX_DAYS * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `Ask for ${CALENDAR_MAX_DAYS} days or fewer at a time` });
    }
  });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** `GET /api/calendar-feed`: whether the caller has a subscription, and since when. */
export const CalendarFeedStatus = z.object({
  exists: z.boolean(),
  createdAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/** `POST /api/calendar-feed`: the secret address, shown this once. */
export const CalendarFeedCreated = z.object({
  url: z.string(),
  createdAt: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>;

/** Path of the public feed, `/calendar/<token>.ics`: the secret is base64url. */
export const CalendarFeedParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
});
export type CalendarFeedParams = z.infer<typeof CalendarFeedParams>;

/**
 * People often arrive a little early: an appointment may be marked attended from this many
 * minutes before its start. "Did not attend" waits for the start itself.
 */
export const ARRIVES_EARLY_MINUTES = 15;

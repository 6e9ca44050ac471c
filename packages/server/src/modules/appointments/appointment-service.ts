import {
  type Appointment,
  type AppointmentStatus,
  type AppointmentWorkerList,
  ARRIVES_EARLY_MINUTES,
  type AttendedRequest,
  appointmentInstant,
  type BookAppointmentRequest,
  type CancelAppointmentRequest,
  type DidNotAttendRequest,
  OPEN_CASE_STATUSES,
  type RescheduleAppointmentRequest,
  rolesGranting,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { PathwayPolicy } from '../../config.ts';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { AppError, notFound, validationError } from '../../errors.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { recordContact } from '../referrals/contact-service.ts';
import { loadReferralFor, type ReferralRow } from '../referrals/referral-access.ts';
import { organisationAndAncestors } from '../safeguarding/safeguarding-lead-repository.ts';
import { APPOINTMENT_BOOKED_JOB, type AppointmentBookedPayload, appointmentBookedDedupeKey } from './appointment-jobs.ts';
import {
  type AppointmentRecord,
  activeUsersWithRoleIn,
  findAppointment,
  insertAppointment,
  lockAppointment,
  referralAppointmentRows,
  updateAppointmentAt,
} from './appointment-repository.ts';
import { toAppointment } from './appointment-view.ts';

/** What a booked appointment can become; anything else is final. */
const NEXT_STATUSES: readonly AppointmentStatus[] = ['attended', 'did_not_attend', 'cancelled'];

/**
 * Books the next contact on a referral the caller may work. The worker is the referral's
 * assigned worker unless a colleague who works the same PCN's referrals is chosen.
 */
export async function bookAppointment(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  { input, now = new Date() }: { input: BookAppointmentRequest; now?: Date },
): Promise<Appointment> {
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  assertOpenCase(referral);
  const workerUserId = await workerFor(db, referral, input.workerId ?? null);
  const startsAt = futureStart(input, now);
  const id = await db.transaction(async (tx) => {
    const created = await insertAppointment(tx, {
      organisationId: referral.organisationId,
      referralId,
      personId: referral.personId,
      workerUserId,
      startsAt,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      place: input.place || null,
      videoLink: input.videoLink || null,
      createdBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'appointment', recordId: created.id, via: scope?.via });
    await queueConfirmation(tx, created, 'booked', now);
    return created.id;
  });
  return loadView(db, id);
}

/** The referral's appointments, every status, in time order. */
export async function listReferralAppointments(db: Db, ctx: RequestContext, referralId: string): Promise<Appointment[]> {
  const { scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  await recordAudit(db, ctx, { action: 'list', recordType: 'appointment', recordId: referralId, via: scope?.via });
  return (await referralAppointmentRows(db, referralId)).map(toAppointment);
}

/** One appointment, for whoever may work its referral (anyone else: 404). */
export async function getAppointment(db: Db, ctx: RequestContext, appointmentId: string): Promise<Appointment> {
  const row = await findAppointment(db, appointmentId);
  if (!row) throw notFound('Appointment');
  const { scope } = await gateAppointment(db, ctx, row.appointment);
  await recordAudit(db, ctx, { action: 'read', recordType: 'appointment', recordId: appointmentId, via: scope?.via });
  return toAppointment(row);
}

/** A new time (and optionally length, mode and place) for a booked appointment. */
export async function rescheduleAppointment(
  db: Db,
  ctx: RequestContext,
  appointmentId: string,
  { input, now = new Date() }: { input: RescheduleAppointmentRequest; now?: Date },
): Promise<Appointment> {
  const startsAt = futureStart(input, now);
  await changeBooked(db, ctx, appointmentId, input.version, async (tx, current) => {
    const mode = input.mode ?? current.mode;
    const updated = await updateAppointmentAt(tx, current.id, current.version, {
      startsAt,
      durationMinutes: input.durationMinutes ?? current.durationMinutes,
      mode,
      place: input.place === undefined ? current.place : input.place || null,
      videoLink: input.videoLink === undefined ? current.videoLink : input.videoLink || null,
    });
    if (!updated) throw staleVersion();
    if (updated.mode === 'video' && !updated.videoLink)
      throw validationError('videoLink', 'Enter the video link for a video appointment');
    await queueConfirmation(tx, updated, 'rescheduled', now);
    return { action: 'update', detail: { version: updated.version } };
  });
  return loadView(db, appointmentId);
}

export async function cancelAppointment(
  db: Db,
  ctx: RequestContext,
  appointmentId: string,
  input: CancelAppointmentRequest,
): Promise<Appointment> {
  await changeBooked(db, ctx, appointmentId, input.version, async (tx, current) => {
    const updated = await updateAppointmentAt(tx, current.id, current.version, {
      status: 'cancelled',
      statusReason: input.reason,
    });
    if (!updated) throw staleVersion();
    return { action: 'state_change', detail: { to: 'cancelled' } };
  });
  return loadView(db, appointmentId);
}

export async function markDidNotAttend(
  db: Db,
  ctx: RequestContext,
  appointmentId: string,
  { input, now = new Date() }: { input: DidNotAttendRequest; now?: Date },
): Promise<Appointment> {
  await changeBooked(db, ctx, appointmentId, input.version, async (tx, current) => {
    assertStarted(current, now, 'marked as did not attend');
    const updated = await updateAppointmentAt(tx, current.id, current.version, {
      status: 'did_not_attend',
      statusReason: input.note || null,
    });
    if (!updated) throw staleVersion();
    return { action: 'state_change', detail: { to: 'did_not_attend' } };
  });
  return loadView(db, appointmentId);
}

/**
 * Marks the appointment attended and logs the successful contact it was, in one transaction:
 * the contact takes the appointment's start, length and mode, and moves the pathway on exactly
 * as a contact logged by hand does (the referrals module's `recordContact`).
 */
export async function markAttended(
  db: Db,
  ctx: RequestContext,
  appointmentId: string,
  { input, policy, now = new Date() }: { input: AttendedRequest; policy: PathwayPolicy; now?: Date },
): Promise<Appointment> {
  await changeBooked(db, ctx, appointmentId, input.version, async (tx, current) => {
    assertStarted(current, now, 'marked as attended', ARRIVES_EARLY_MINUTES);
    // Inside this transaction its own `transaction()` is a savepoint: contact, pathway move and
    // appointment commit or roll back together.
    const contact = await recordContact(tx, ctx, current.referralId, {
      input: {
        // Seen early, the contact happened now: a contact is never logged in the future.
        occurredAt: (current.startsAt > now ? now : current.startsAt).toISOString(),
        mode: current.mode,
        successful: true,
        durationMinutes: current.durationMinutes,
        ...(input.notes ? { notes: input.notes } : {}),
      },
      policy,
    });
    const updated = await updateAppointmentAt(tx, current.id, current.version, { status: 'attended', contactId: contact.id });
    if (!updated) throw staleVersion();
    return { action: 'state_change', detail: { to: 'attended', contactId: contact.id } };
  });
  return loadView(db, appointmentId);
}

interface ChangeOutcome {
  action: 'update' | 'state_change';
  detail: Record<string, unknown>;
}

/**
 * The frame of every change to a booked appointment: pass the referral's gate, lock the row,
 * check the version the caller saw (409 if someone changed it since) and that it is still
 * booked, make the change, and audit it, in one transaction.
 */
async function changeBooked(
  db: Db,
  ctx: RequestContext,
  appointmentId: string,
  version: number,
  change: (tx: Tx, current: AppointmentRecord) => Promise<ChangeOutcome>,
): Promise<void> {
  const row = await findAppointment(db, appointmentId);
  if (!row) throw notFound('Appointment');
  const { scope } = await gateAppointment(db, ctx, row.appointment);
  await db.transaction(async (tx) => {
    const current = await lockAppointment(tx, appointmentId);
    if (!current) throw notFound('Appointment');
    if (current.status !== 'booked') {
      throw new AppError('conflict', `This appointment is already ${current.status.replaceAll('_', ' ')}`, { allowed: [] });
    }
    if (current.version !== version) throw staleVersion();
    const outcome = await change(tx, current);
    await recordAudit(tx, ctx, {
      action: outcome.action,
      recordType: 'appointment',
      recordId: appointmentId,
      via: scope?.via,
      detail: outcome.detail,
    });
  });
}

/** The appointment's referral's gate: whoever may work the referral may see and change its appointments. */
function gateAppointment(db: DbOrTx, ctx: RequestContext, appointment: AppointmentRecord) {
  return loadReferralFor(db, ctx, appointment.referralId, 'referrals:work').catch((error: unknown) => {
    // Say "appointment", not "referral": the caller asked for an appointment.
    if (error instanceof AppError && error.code === 'not_found') throw notFound('Appointment');
    throw error;
  });
}

function staleVersion(): AppError {
  return new AppError('conflict', 'Someone else changed this appointment since you opened it. Reload it and try again', {
    allowed: [...NEXT_STATUSES],
  });
}

/** Appointments belong to an open case (allocated, contacted or active). */
function assertOpenCase(referral: ReferralRow): void {
  if (!OPEN_CASE_STATUSES.includes(referral.status)) {
    throw new AppError('conflict', 'Appointments can only be booked on an allocated, contacted or active referral', {
      allowed: [],
    });
  }
}

/** Attendance is known only once the appointment has started (or, for arrivals, nearly). */
function assertStarted(appointment: AppointmentRecord, now: Date, what: string, earlyMinutes = 0): void {
  if (appointment.startsAt.getTime() - earlyMinutes * 60_000 > now.getTime()) {
    const when = earlyMinutes > 0 ? `from ${earlyMinutes} minutes before it starts` : 'once it has started';
    throw new AppError('conflict', `An appointment can only be ${what} ${when}`, { allowed: ['cancelled'] });
  }
}

/** The start instant of a booking or a new time; it must be in the future. */
function futureStart(input: { date: string; time: string; offset?: BookAppointmentRequest['offset'] }, now: Date): Date {
  const read = appointmentInstant(input.date, input.time, input.offset);
  if (!read.ok) throw validationError(read.field, read.message);
  if (read.instant <= now) throw validationError('date', 'The appointment must be in the future');
  return read.instant;
}

/**
 * Who will hold the appointment: the chosen colleague, who must be able to work this PCN's
 * referrals, or else the referral's assigned worker.
 */
async function workerFor(db: DbOrTx, referral: ReferralRow, chosen: string | null): Promise<string> {
  if (chosen === null) {
    if (!referral.assignedWorkerId) throw validationError('workerId', 'Choose who the appointment is with');
    return referral.assignedWorkerId;
  }
  const colleagues = await colleaguesWhoWork(db, referral.organisationId);
  if (!colleagues.some((colleague) => colleague.id === chosen)) {
    throw validationError('workerId', 'Choose a colleague who works this PCN’s referrals');
  }
  return chosen;
}

/** Active users whose role lets them work referrals in the PCN (held there or above it). */
function colleaguesWhoWork(db: DbOrTx, organisationId: string) {
  return organisationAndAncestors(db, organisationId).then((chain) =>
    activeUsersWithRoleIn(db, chain, rolesGranting('referrals:work')),
  );
}

/** Who an appointment on the referral can be with, for the booking form. */
export async function appointmentWorkers(db: Db, ctx: RequestContext, referralId: string): Promise<AppointmentWorkerList> {
  const { referral } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  const items = await colleaguesWhoWork(db, referral.organisationId);
  return { items, assignedWorkerId: referral.assignedWorkerId };
}

/** Queues the confirmation to the person (sent by person-messages) in the change's transaction. */
async function queueConfirmation(tx: Tx, appointment: AppointmentRecord, change: AppointmentBookedPayload['change'], now: Date) {
  const payload: AppointmentBookedPayload = { appointmentId: appointment.id, change };
  await enqueueJob(tx, {
    kind: APPOINTMENT_BOOKED_JOB,
    payload: { ...payload },
    runAt: now,
    dedupeKey: appointmentBookedDedupeKey(appointment.id, appointment.version),
  });
}

async function loadView(db: DbOrTx, appointmentId: string): Promise<Appointment> {
  const row = await findAppointment(db, appointmentId);
  if (!row) throw new Error('appointment vanished');
  return toAppointment(row);
}

import {
  APPOINTMENT_STATUS_LABELS,
  allowedTransitions,
  type CreateAppointmentLetterRequest,
  type CreateReferralLetterRequest,
  isClosedStatus,
  type LetterKind,
  type LetterListQuery,
  type LetterPage,
  type LetterSummary,
} from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import { findPersonRecord } from '../../access/person-gate-repository.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findCarePlan } from '../care/care-plan-repository.ts';
import { auditVia } from '../care/care-policy.ts';
import { findSenders } from '../care/episode-repository.ts';
import { buildMessageBack } from '../care/message-back.ts';
import { loadReferralFor, type ReferralRow } from '../referrals/referral-access.ts';
import { appointmentLetter } from './appointment-letter.ts';
import { carePlanLetter } from './care-plan-letter.ts';
import { dischargeLetter } from './discharge-letter.ts';
import { type LetterContent, renderLetterPdf } from './letter-layout.ts';
import {
  findAppointment,
  findLetterOwner,
  findLetterPdf,
  findLetterSummary,
  insertLetter,
  listLettersOfPerson,
} from './letter-repository.ts';
import { letterFilename, toLetterSummary } from './letter-view.ts';

/**
 * Letters made as PDFs and kept on the person's record. Making one is for the care team of the
 * referral's PCN (`referrals:work`, through the referral gate); listing and downloading again is
 * for whoever may see the person (`people:read`, through the person gate). Each one made and
 * each download is audited.
 */

/** The person's own care plan, or the discharge letter (the message back), from a referral. */
export async function createReferralLetter(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: CreateReferralLetterRequest,
  now = new Date(),
): Promise<LetterSummary> {
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  const made = input.kind === 'care_plan' ? await carePlanLetterOf(db, referral) : await dischargeLetterOf(db, referral);
  return storeLetter(db, ctx, {
    ...made,
    kind: input.kind,
    largePrint: input.largePrint,
    madeAt: now,
    organisationId: referral.organisationId,
    personId: referral.personId,
    referralId: referral.id,
    appointmentId: null,
    via: auditVia(ctx, scope),
  });
}

/** The letter telling the person about a booked appointment. */
export async function createAppointmentLetter(
  db: Db,
  ctx: RequestContext,
  appointmentId: string,
  input: CreateAppointmentLetterRequest,
  now = new Date(),
): Promise<LetterSummary> {
  requireActor(ctx);
  const appointment = await findAppointment(db, appointmentId);
  // Ask the gate before saying anything about the appointment: a caller without the permission
  // gets 403, one outside the PCN 404, whether or not the appointment exists.
  if (!appointment) {
    await scopeFor(db, ctx, 'referrals:work');
    throw notFound('Appointment');
  }
  const { referral, scope } = await loadReferralFor(db, ctx, appointment.referralId, 'referrals:work').catch((error) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound('Appointment') : error;
  });
  if (appointment.status !== 'booked') {
    throw new AppError(
      'conflict',
      `This appointment is ${APPOINTMENT_STATUS_LABELS[appointment.status].toLowerCase()}: letters are only made for booked appointments.`,
    );
  }
  const person = await findPersonRecord(db, appointment.personId);
  if (!person) throw notFound('Person');
  const senders = await findSenders(db, {
    organisationId: appointment.organisationId,
    assignedWorkerId: appointment.workerUserId,
  });
  const content = appointmentLetter({
    person,
    appointment,
    sender: { pcnName: senders.pcnName, workerName: senders.linkWorkerName },
  });
  return storeLetter(db, ctx, {
    content,
    organisationName: senders.pcnName,
    kind: 'appointment',
    largePrint: input.largePrint,
    madeAt: now,
    organisationId: appointment.organisationId,
    personId: appointment.personId,
    referralId: referral.id,
    appointmentId: appointment.id,
    via: auditVia(ctx, scope),
  });
}

/** The person's letters, newest first. */
export async function listPersonLetters(
  db: Db,
  ctx: RequestContext,
  personId: string,
  query: LetterListQuery,
): Promise<LetterPage> {
  const { via } = await loadPersonFor(db, ctx, personId, 'people:read');
  const { items, total } = await listLettersOfPerson(db, personId, query);
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'letter',
    recordId: personId,
    via,
    detail: { count: items.length, total },
  });
  return { items: items.map(toLetterSummary), total, page: query.page, pageSize: query.pageSize };
}

/** A kept letter's PDF, byte for byte as it was made, with a file name free of personal data. */
export async function downloadLetter(db: Db, ctx: RequestContext, letterId: string): Promise<{ filename: string; pdf: Buffer }> {
  const letter = await findLetterOwner(db, letterId);
  if (!letter) {
    await scopeFor(db, ctx, 'people:read');
    throw notFound('Letter');
  }
  const { via } = await loadPersonFor(db, ctx, letter.personId, 'people:read').catch((error) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound('Letter') : error;
  });
  const pdf = await findLetterPdf(db, letterId);
  if (!pdf) throw notFound('Letter');
  await recordAudit(db, ctx, { action: 'read', recordType: 'letter', recordId: letterId, via, detail: { kind: letter.kind } });
  return { filename: letterFilename(letter), pdf };
}

/** A letter's wording and who sends it, before it is laid out. */
interface MadeLetter {
  content: LetterContent;
  organisationName: string;
}

/** 409 until the care plan has been saved once: an empty plan is not worth posting. */
async function carePlanLetterOf(db: Db, referral: ReferralRow): Promise<MadeLetter> {
  const saved = await findCarePlan(db, referral.id);
  if (!saved) {
    throw new AppError(
      'conflict',
      'There is no care plan for this referral yet. Save the care plan first, then make the letter.',
      {
        allowed: [...allowedTransitions(referral.status)],
      },
    );
  }
  const person = await findPersonRecord(db, referral.personId);
  if (!person) throw notFound('Person');
  const senders = await findSenders(db, referral);
  return {
    content: carePlanLetter({
      person,
      plan: saved.plan,
      sender: { pcnName: senders.pcnName, workerName: senders.linkWorkerName },
    }),
    organisationName: senders.pcnName,
  };
}

/** The message back as a letter; 409 while the referral is still open (there is no message back yet). */
async function dischargeLetterOf(db: Db, referral: ReferralRow): Promise<MadeLetter> {
  if (!isClosedStatus(referral.status)) {
    throw new AppError(
      'conflict',
      'This referral is still open. The discharge letter can be made once the person has been discharged.',
      { allowed: [...allowedTransitions(referral.status)] },
    );
  }
  const message = await buildMessageBack(db, referral);
  return { content: dischargeLetter(message), organisationName: message.letter.pcnName };
}

interface LetterToStore extends MadeLetter {
  kind: LetterKind;
  largePrint: boolean;
  madeAt: Date;
  organisationId: string;
  personId: string;
  referralId: string | null;
  appointmentId: string | null;
  via: ActorMembership | undefined;
}

/** Lays the letter out, then keeps the PDF on the person's record with its audit event. */
async function storeLetter(db: Db, ctx: RequestContext, letter: LetterToStore): Promise<LetterSummary> {
  const actor = requireActor(ctx);
  const pdf = await renderLetterPdf(letter.content, {
    organisationName: letter.organisationName,
    madeAt: letter.madeAt,
    largePrint: letter.largePrint,
  });
  const id = await db.transaction(async (tx) => {
    const id = await insertLetter(tx, {
      organisationId: letter.organisationId,
      personId: letter.personId,
      referralId: letter.referralId,
      appointmentId: letter.appointmentId,
      kind: letter.kind,
      largePrint: letter.largePrint,
      title: letter.content.title,
      pdf,
      byteLength: pdf.byteLength,
      createdBy: actor.userId,
      createdAt: letter.madeAt,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'letter',
      recordId: id,
      via: letter.via,
      detail: { kind: letter.kind, largePrint: letter.largePrint, byteLength: pdf.byteLength },
    });
    return id;
  });
  const stored = await findLetterSummary(db, id);
  if (!stored) throw notFound('Letter');
  return toLetterSummary(stored);
}

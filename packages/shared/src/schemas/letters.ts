import { z } from 'zod';
import { Id, PageNumber, pageOf } from './common.ts';

/**
 * Letters: PDFs made on the server (modules/letters) and kept on the person's record, so each
 * one can be downloaded again exactly as it was sent.
 */
export const LETTER_KINDS = ['care_plan', 'appointment', 'discharge'] as const;
/** One of {@link LETTER_KINDS}. */
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_LABELS: Readonly<Record<LetterKind, string>> = {
  care_plan: 'Care plan',
  appointment: 'Appointment letter',
  discharge: 'Discharge letter',
};

/** The letters made from a referral; appointment letters are made from the appointment. */
export const REFERRAL_LETTER_KINDS = ['care_plan', 'discharge'] as const;

/** `POST /api/referrals/:id/letters` body. */
export const CreateReferralLetterRequest = z.object({
  kind: z.enum(REFERRAL_LETTER_KINDS, { message: 'Choose the care plan or the discharge letter' }),
  /** Clear-print large print (RNIB guidance): 16pt body text and bigger headings. */
  largePrint: z.boolean().default(false),
});
export type CreateReferralLetterRequest = z.infer<typeof CreateReferralLetterRequest>;

/** `POST /api/appointments/:id/letters` body. */
export const CreateAppointmentLetterRequest = z.object({
  largePrint: z.boolean().default(false),
});
export type CreateAppointmentLetterRequest = z.infer<typeof CreateAppointmentLetterRequest>;

/** A letter as listed on the person's record (the PDF itself is at `downloadUrl`). */
export const LetterSummary = z.object({
  id: Id,
  personId: Id,
  referralId: Id.nullable(),
  appointmentId: Id.nullable(),
  kind: z.enum(LETTER_KINDS),
  title: z.string(),
  largePrint: z.boolean(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  /** The PDF's size in bytes. */
  byteLength: z.number().int(),
  /** `GET` this to download the PDF. */
  downloadUrl: z.string(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

/** `GET /api/people/:id/letters` query: newest first. */
export const LetterListQuery = z.object({
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type LetterListQuery = z.infer<typeof LetterListQuery>;
export const LetterPage = pageOf(LetterSummary);
export type LetterPage = z.infer<typeof LetterPage>;

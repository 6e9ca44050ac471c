import { z } from 'zod';
import { snomedConceptIdProblem } from '../rules/snomed.ts';
import { Id, PageQuery, pageOf, text } from './common.ts';
import { OdsCode } from './organisation.ts';

/**
 * The message back in the GP record (modules/gp-record): a FHIR R4 document per ending, delivered
 * to the person's registered practice through MESH, and the reference data it needs — the SNOMED
 * CT codes (admin-edited, with a verified flag) and the practice mailbox directory.
 */

// ---------------------------------------------------------------------------------------------
// SNOMED CT codes

/**
 * What a code is entered for. A referral reason's code is linked from the reason itself
 * (`referral_reasons.snomed_code`); the other uses are the endings and the take-up, at most one
 * active code each. `other` is a code kept for later use.
 */
export const SNOMED_CODE_USES = [
  'taken_up',
  'declined',
  'not_reached',
  'withdrawn',
  'discharged',
  'referred_elsewhere',
  'referral_reason',
  'other',
] as const;
export type SnomedCodeUse = (typeof SNOMED_CODE_USES)[number];

export const SNOMED_CODE_USE_LABELS: Readonly<Record<SnomedCodeUse, string>> = {
  taken_up: 'The person took up social prescribing (first successful contact)',
  declined: 'The person declined social prescribing',
  not_reached: 'The person could not be reached',
  withdrawn: 'The referral was withdrawn',
  discharged: 'The person was discharged',
  referred_elsewhere: 'The person was referred to another service',
  referral_reason: 'A reason for referral',
  other: 'Other',
};

/** A SNOMED CT concept id: digits with a valid Verhoeff check digit and a concept partition. */
export const SnomedConceptId = z
  .string()
  .trim()
  .superRefine((code, ctx) => {
    const problem = snomedConceptIdProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const SnomedCode = z.object({
  code: z.string(),
  /** The fully specified name or preferred term, as the UK edition gives it. */
  term: z.string(),
  use: z.enum(SNOMED_CODE_USES),
  /**
   * Confirmed against the UK edition by an administrator. Only verified, active codes are
   * written into a GP record; the others are shown in Kith as "not verified, not sent".
   */
  verified: z.boolean(),
  active: z.boolean(),
  /** Where the code was confirmed (e.g. the domain reference, a release and date). */
  source: z.string().nullable(),
  updatedAt: z.string(),
});
export type SnomedCode = z.infer<typeof SnomedCode>;

/** `GET /api/snomed-codes`: every code, active first, then by use and term. */
export const SnomedCodeList = z.object({ items: z.array(SnomedCode) });
export type SnomedCodeList = z.infer<typeof SnomedCodeList>;

/** `POST /api/snomed-codes`. */
export const CreateSnomedCodeRequest = z.object({
  code: SnomedConceptId,
  term: text(255, 'the term'),
  use: z.enum(SNOMED_CODE_USES, { message: 'Choose what the code is used for' }),
  verified: z.boolean().default(false),
  source: text(500, 'where the code was confirmed').nullable().optional(),
});
export type CreateSnomedCodeRequest = z.infer<typeof CreateSnomedCodeRequest>;

/** `PATCH /api/snomed-codes/:code`: any of the fields; the code itself never changes. */
// Built from plain fields: `.partial()` of the create schema would keep `verified`'s default and
// unverify a code whenever an edit left the field out.
export const UpdateSnomedCodeRequest = z
  .object({
    term: text(255, 'the term'),
    use: z.enum(SNOMED_CODE_USES, { message: 'Choose what the code is used for' }),
    verified: z.boolean(),
    active: z.boolean(),
    source: text(500, 'where the code was confirmed').nullable(),
  })
  .partial();
export type UpdateSnomedCodeRequest = z.infer<typeof UpdateSnomedCodeRequest>;

export const SnomedCodeParams = z.object({ code: z.string().regex(/^\d{6,18}$/, { message: 'Not a SNOMED CT id' }) });
export type SnomedCodeParams = z.infer<typeof SnomedCodeParams>;

// ---------------------------------------------------------------------------------------------
// Practice mailboxes

/** A MESH mailbox id (e.g. A81001OT01); stored upper case. */
export const MeshMailboxId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,20}$/, { message: 'Enter a MESH mailbox id: 4 to 20 letters and digits, like A81001OT01' });

export const PracticeMailbox = z.object({
  odsCode: z.string(),
  mailboxId: z.string(),
  /** The practice in Kith with this ODS code, when there is one. */
  practiceName: z.string().nullable(),
  active: z.boolean(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type PracticeMailbox = z.infer<typeof PracticeMailbox>;

export const PracticeMailboxQuery = PageQuery.extend({
  /** Matches the ODS code, the mailbox id or the practice's name. */
  q: z.string().trim().max(100).optional(),
});
export type PracticeMailboxQuery = z.infer<typeof PracticeMailboxQuery>;
export const PracticeMailboxPage = pageOf(PracticeMailbox);
export type PracticeMailboxPage = z.infer<typeof PracticeMailboxPage>;

/** `POST /api/practice-mailboxes` (409 when the ODS code already has one). */
export const CreatePracticeMailboxRequest = z.object({
  odsCode: OdsCode,
  mailboxId: MeshMailboxId,
  note: text(500, 'a note').nullable().optional(),
});
export type CreatePracticeMailboxRequest = z.infer<typeof CreatePracticeMailboxRequest>;

/** `PATCH /api/practice-mailboxes/:odsCode`. */
export const UpdatePracticeMailboxRequest = z
  .object({ mailboxId: MeshMailboxId, note: text(500, 'a note').nullable(), active: z.boolean() })
  .partial();
export type UpdatePracticeMailboxRequest = z.infer<typeof UpdatePracticeMailboxRequest>;

export const PracticeMailboxParams = z.object({ odsCode: OdsCode });
export type PracticeMailboxParams = z.infer<typeof PracticeMailboxParams>;

// ---------------------------------------------------------------------------------------------
// GP documents (the message back as a FHIR document, delivered by MESH)

/**
 * Where a referral's document is:
 * - `preparing`: the referral has ended; the document is being built;
 * - `no_practice`: the person has no registered practice with an ODS code in Kith;
 * - `no_mailbox`: the practice has no MESH mailbox in the directory (print the letter instead);
 * - `queued`: waiting to be sent (also while MESH is unreachable: `lastError` says why);
 * - `sent`: accepted by MESH, not yet downloaded by the practice;
 * - `delivered`: the practice's system downloaded and acknowledged it;
 * - `failed`: MESH refused it or could not deliver it (`lastError` says why); an admin may resend.
 */
export const GP_DOCUMENT_STATES = ['preparing', 'no_practice', 'no_mailbox', 'queued', 'sent', 'delivered', 'failed'] as const;
export type GpDocumentState = (typeof GP_DOCUMENT_STATES)[number];

export const GP_DOCUMENT_STATE_LABELS: Readonly<Record<GpDocumentState, string>> = {
  preparing: 'Preparing',
  no_practice: 'No GP practice',
  no_mailbox: 'No MESH mailbox',
  queued: 'Queued',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Failed',
};

/** States an admin may resend from: nothing reached the practice. */
export const GP_DOCUMENT_RESENDABLE_STATES: readonly GpDocumentState[] = ['no_practice', 'no_mailbox', 'failed'];

export const GpDocument = z.object({
  /** Kith's document id: the Bundle's identifier and the MESH local id. */
  id: Id,
  referralId: Id,
  /** The referral's ending the document reports. */
  ending: z.string(),
  state: z.enum(GP_DOCUMENT_STATES),
  practice: z.object({ odsCode: z.string(), name: z.string() }).nullable(),
  mailboxId: z.string().nullable(),
  meshMessageId: z.string().nullable(),
  /** Send attempts so far (for this send; a resend starts again). */
  attempts: z.number().int(),
  /** Why it is queued again, failed, or cannot be sent, in words. */
  lastError: z.string().nullable(),
  /** The discharge letter sent with it (downloadable from the letters API), once built. */
  letterId: Id.nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  /** The state allows an admin resend (the caller may still lack the permission). */
  resendable: z.boolean(),
});
export type GpDocument = z.infer<typeof GpDocument>;

/** A document in the admins' list of deliveries. */
export const GpDocumentListItem = GpDocument.extend({ pcnName: z.string() });
export type GpDocumentListItem = z.infer<typeof GpDocumentListItem>;

export const GpDocumentQuery = PageQuery.extend({ state: z.enum(GP_DOCUMENT_STATES).optional() });
export type GpDocumentQuery = z.infer<typeof GpDocumentQuery>;
export const GpDocumentPage = pageOf(GpDocumentListItem);
export type GpDocumentPage = z.infer<typeof GpDocumentPage>;

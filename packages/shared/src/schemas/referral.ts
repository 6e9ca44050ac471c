import { z } from 'zod';
import { COMPLEXITIES, CONTACT_MODES, REFERRAL_SOURCES, RISK_FLAGS, URGENCIES } from '../rules/person-categories.ts';
import { REFERRAL_STATUSES } from '../rules/referral-states.ts';
import { Id, PageQuery, pageOf, text } from './common.ts';
import { Person, PersonInput } from './person.ts';

/** A coded referral reason; admins extend the list. SNOMED CT code where one exists. */
export const ReferralReason = z.object({
  code: z.string(),
  label: z.string(),
  snomedCode: z.string().nullable(),
  active: z.boolean(),
});
export type ReferralReason = z.infer<typeof ReferralReason>;
/** `GET /api/referral-reasons`: the active coded reasons. */
export const ReferralReasonList = z.object({ items: z.array(ReferralReason) });
export type ReferralReasonList = z.infer<typeof ReferralReasonList>;

export const CreateReferralReasonRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,49}$/, { message: 'Use lower-case letters, digits and underscores, like carer_support' }),
  label: text(120, 'a label'),
  snomedCode: z
    .string()
    .trim()
    .regex(/^\d{6,18}$/, { message: 'A SNOMED CT concept id is 6 to 18 digits' })
    .nullable()
    .optional(),
});
export type CreateReferralReasonRequest = z.infer<typeof CreateReferralReasonRequest>;

/** Consent given by (or for) the person. */
export const ConsentInput = z.object({
  toReferral: z.literal(true, { message: 'The person must agree to the referral' }),
  toDataSharing: z.boolean(),
});
export type ConsentInput = z.infer<typeof ConsentInput>;

/**
 * `POST /api/referrals`: a referral from practice staff or another agency. The person is either
 * an existing record (`personId`) or new details (matched by NHS number first).
 */
export const CreateReferralRequest = z.object({
  organisationId: Id,
  /**
   * Ignored: the server decides where a referral comes from (who the referrer is, or the CSV
   * import). Still accepted so that clients which send it keep working.
   */
  source: z.enum(REFERRAL_SOURCES).optional().meta({ deprecated: true }),
  personId: Id.optional(),
  person: PersonInput.optional(),
  reasons: z.array(z.string()).min(1, { message: 'Choose at least one reason' }).max(20),
  notes: z.string().trim().max(4000).optional(),
  urgency: z.enum(URGENCIES).default('routine'),
  consent: ConsentInput,
  referrerName: z.string().trim().max(200).optional(),
  referrerOrganisation: z.string().trim().max(200).optional(),
});
export type CreateReferralRequest = z.infer<typeof CreateReferralRequest>;

/** A status change with who/when/why. */
export const ReferralTransition = z.object({
  from: z.enum(REFERRAL_STATUSES).nullable(),
  to: z.enum(REFERRAL_STATUSES),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type ReferralTransition = z.infer<typeof ReferralTransition>;

/**
 * A referral as the care team sees it (supervisors, link workers, PCN managers: everyone whose
 * role lets them read the PCN's referrals). `access` tells it apart from {@link ReferrerReferral}.
 */
export const Referral = z.object({
  /** Always `team` from the server; optional so responses stored for idempotent retries still read. */
  access: z.literal('team').optional(),
  id: Id,
  organisationId: Id,
  person: Person.pick({
    id: true,
    givenName: true,
    familyName: true,
    nhsNumber: true,
    dateOfBirth: true,
    postcode: true,
    accessibleFormats: true,
  }),
  source: z.enum(REFERRAL_SOURCES),
  status: z.enum(REFERRAL_STATUSES),
  reasons: z.array(ReferralReason.pick({ code: true, label: true, snomedCode: true })),
  notes: z.string().nullable(),
  urgency: z.enum(URGENCIES),
  complexity: z.enum(COMPLEXITIES).nullable(),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  unverified: z.boolean(),
  referrerUserId: Id.nullable(),
  referrerName: z.string().nullable(),
  assignedWorkerId: Id.nullable(),
  assignedWorkerName: z.string().nullable(),
  failedContactAttempts: z.number().int(),
  consentToReferral: z.boolean(),
  consentToDataSharing: z.boolean(),
  consentRecordedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  transitions: z.array(ReferralTransition).optional(),
  allowedTransitions: z.array(z.enum(REFERRAL_STATUSES)),
});
export type Referral = z.infer<typeof Referral>;

/**
 * A referral as its referrer sees it, when having made it is their only relationship to it: the
 * person as they referred them, what they asked for, where it has got to and when, and whether
 * the message back is ready. Never the team's triage notes, risk flags, complexity, urgency as
 * triaged, free-text reasons for status changes or the person's stored contact details.
 */
export const ReferrerReferral = z.object({
  access: z.literal('referrer'),
  id: Id,
  person: Person.pick({ givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true }),
  source: z.enum(REFERRAL_SOURCES),
  status: z.enum(REFERRAL_STATUSES),
  reasons: z.array(ReferralReason.pick({ code: true, label: true, snomedCode: true })),
  referrerName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the referral ended (discharged, declined, not reached, withdrawn, closed in error). */
  closedAt: z.string().nullable(),
  /** The status history, dates only (the reasons are the team's notes). */
  transitions: z
    .array(z.object({ from: z.enum(REFERRAL_STATUSES).nullable(), to: z.enum(REFERRAL_STATUSES), at: z.string() }))
    .optional(),
  /** True once the referral has ended: `GET /api/referrals/:id/message-back` then answers. */
  messageBackReady: z.boolean(),
});
export type ReferrerReferral = z.infer<typeof ReferrerReferral>;

/** What the referral routes answer: the team's view or the referrer's, as the caller may see it. */
export const ReferralDetail = z.union([Referral, ReferrerReferral]);
export type ReferralDetail = z.infer<typeof ReferralDetail>;

export const ReferralListQuery = PageQuery.extend({
  organisationId: Id.optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  mine: z.enum(['made', 'assigned']).optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;
export const ReferralList = pageOf(ReferralDetail);
export type ReferralList = z.infer<typeof ReferralList>;

/**
 * `GET /api/people/:id/referrals`: the person's referrals (their episodes), newest first, with
 * just what is needed to choose one; the full record stays behind `GET /api/referrals/:id`.
 */
export const PersonReferral = Referral.pick({
  id: true,
  status: true,
  reasons: true,
  createdAt: true,
  assignedWorkerName: true,
});
export type PersonReferral = z.infer<typeof PersonReferral>;
export const PersonReferralList = z.object({ items: z.array(PersonReferral) });
export type PersonReferralList = z.infer<typeof PersonReferralList>;

/** `POST /api/referrals/:id/triage`. */
export const TriageRequest = z.object({
  urgency: z.enum(URGENCIES),
  complexity: z.enum(COMPLEXITIES, { message: 'Choose the complexity' }),
  riskFlags: z.array(z.enum(RISK_FLAGS)).max(10).default([]),
  note: z.string().trim().max(2000).optional(),
});
export type TriageRequest = z.infer<typeof TriageRequest>;

/** `POST /api/referrals/:id/allocate` (also reassigns). */
export const AllocateRequest = z.object({
  workerId: Id,
  reason: z.string().trim().max(2000).optional(),
  /**
   * The link worker the referral was assigned to when the caller looked (null or absent: nobody,
   * so this is a first allocation). Compared and set in one step: if someone else allocated or
   * reassigned it since, the request is refused (409) instead of silently overwriting theirs.
   */
  expectedWorkerId: Id.nullable().optional(),
});
export type AllocateRequest = z.infer<typeof AllocateRequest>;

/** `POST /api/referrals/:id/transitions` for the other state changes. */
export const TransitionRequest = z.object({
  to: z.enum(REFERRAL_STATUSES),
  reason: z.string().trim().min(1, { message: 'Say why' }).max(2000),
});
export type TransitionRequest = z.infer<typeof TransitionRequest>;

/** A link worker offered for allocation, with their weighted load. */
export const AllocationSuggestion = z.object({
  workerId: Id,
  name: z.string(),
  activeCases: z.number().int(),
  weightedLoad: z.number(),
  capacity: z.number(),
  headroom: z.number(),
});
export type AllocationSuggestion = z.infer<typeof AllocationSuggestion>;
export const AllocationSuggestions = z.object({ items: z.array(AllocationSuggestion) });
export type AllocationSuggestions = z.infer<typeof AllocationSuggestions>;

/** `POST /api/referrals/:id/contacts`: a contact or a failed attempt. */
export const CreateContactRequest = z.object({
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  mode: z.enum(CONTACT_MODES, { message: 'Choose how you made contact' }),
  successful: z.boolean(),
  durationMinutes: z.number().int().min(0).max(600).nullable().optional(),
  notes: z.string().trim().max(8000).optional(),
});
export type CreateContactRequest = z.infer<typeof CreateContactRequest>;
export const Contact = z.object({
  id: Id,
  referralId: Id,
  occurredAt: z.string(),
  mode: z.enum(CONTACT_MODES),
  successful: z.boolean(),
  durationMinutes: z.number().int().nullable(),
  notes: z.string().nullable(),
  workerName: z.string().nullable(),
});
export type Contact = z.infer<typeof Contact>;
/** `GET /api/referrals/:id/contacts`: a page of the episode's contacts, oldest first. */
export const ContactPage = pageOf(Contact);
export type ContactPage = z.infer<typeof ContactPage>;

import { z } from 'zod';
import { TASK_BUSINESS_STATUSES, TASK_STATUSES } from '../rules/task-states.ts';
import { Id, PageNumber, pageOf, text } from './common.ts';

/**
 * Closed-loop onward referrals from a link worker to a directory service (FHIR Task states, see
 * rules/task-states.ts). The provider sees only the fields the link worker chose to share, as
 * they were when the referral was sent.
 */

/** The person's details a link worker may choose to share with a provider. */
export const SHAREABLE_FIELDS = [
  'name',
  'dateOfBirth',
  'nhsNumber',
  'address',
  'phone',
  'email',
  'preferredContactMethod',
  'language',
  'accessibleFormats',
  'referralReasons',
  'whatMattersToMe',
] as const;
/** One of {@link SHAREABLE_FIELDS}. */
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

export const SHAREABLE_FIELD_LABELS: Record<ShareableField, string> = {
  name: 'Name',
  dateOfBirth: 'Date of birth',
  nhsNumber: 'NHS number',
  address: 'Address and postcode',
  phone: 'Phone number',
  email: 'Email address',
  preferredContactMethod: 'Preferred way to be contacted',
  language: 'Language and interpreter needs',
  accessibleFormats: 'Accessible formats needed',
  referralReasons: 'Reasons for referral',
  whatMattersToMe: 'What matters to them (from the care plan)',
};

/** The shared snapshot: only chosen keys are present. Values are display text. */
export const SharedDetails = z.partialRecord(z.enum(SHAREABLE_FIELDS), z.string());
export type SharedDetails = z.infer<typeof SharedDetails>;

/** `POST /api/people/:personId/onward-referrals` body. Accepts an `Idempotency-Key` header. */
export const CreateOnwardReferralRequest = z.object({
  serviceId: Id,
  /** The episode (referral) this belongs to, when there is one. */
  referralId: Id.nullable().optional(),
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)).min(1, { message: 'Choose at least one detail to share' }),
  consentGiven: z.literal(true, { message: 'Confirm the person agrees to this referral and to sharing these details' }),
  /** A message to the provider; always shared. */
  note: z.string().trim().max(2000).default(''),
});
export type CreateOnwardReferralRequest = z.infer<typeof CreateOnwardReferralRequest>;

/** One change in an onward referral's life. */
export const OnwardReferralEvent = z.object({
  id: Id,
  fromStatus: z.enum(TASK_STATUSES).nullable(),
  toStatus: z.enum(TASK_STATUSES),
  businessStatus: z.enum(TASK_BUSINESS_STATUSES).nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  side: z.enum(['requester', 'provider', 'system']),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type OnwardReferralEvent = z.infer<typeof OnwardReferralEvent>;

/** An onward referral as a list row (either side). */
export const OnwardReferralSummary = z.object({
  id: Id,
  serviceId: Id,
  serviceName: z.string(),
  providerName: z.string(),
  status: z.enum(TASK_STATUSES),
  businessStatus: z.enum(TASK_BUSINESS_STATUSES).nullable(),
  statusReason: z.string().nullable(),
  sentAt: z.string(),
  updatedAt: z.string(),
  /** Set when the provider did not acknowledge in time and a reminder was raised. */
  reminderRaisedAt: z.string().nullable(),
  /** The PCN the referral came from, for the provider's inbox ("from"); optional in other lists. */
  pcnName: z.string().optional(),
});
export type OnwardReferralSummary = z.infer<typeof OnwardReferralSummary>;
/** `GET /api/people/:id/onward-referrals`: the person's onward referrals, newest first. */
export const PersonOnwardReferralList = z.object({ items: z.array(OnwardReferralSummary) });
export type PersonOnwardReferralList = z.infer<typeof PersonOnwardReferralList>;

/** What the link worker's side sees. */
export const OnwardReferral = OnwardReferralSummary.extend({
  personId: Id,
  referralId: Id.nullable(),
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)),
  shared: SharedDetails,
  note: z.string(),
  sentByName: z.string().nullable(),
  consentRecordedAt: z.string(),
  events: z.array(OnwardReferralEvent),
  /** Moves this reader may make now. */
  allowedMoves: z.array(z.enum(TASK_STATUSES)),
});
export type OnwardReferral = z.infer<typeof OnwardReferral>;

/** What the provider sees: the shared snapshot only, never the person's record. */
export const ProviderOnwardReferral = OnwardReferralSummary.extend({
  shared: SharedDetails,
  note: z.string(),
  sentByName: z.string().nullable(),
  pcnName: z.string(),
  events: z.array(OnwardReferralEvent),
  allowedMoves: z.array(z.enum(TASK_STATUSES)),
});
export type ProviderOnwardReferral = z.infer<typeof ProviderOnwardReferral>;

/**
 * `POST /api/onward-referrals/:id/status` (requester: cancel) and
 * `POST /api/provider/onward-referrals/:id/status` (provider). A reason is required for
 * rejected, on-hold, failed and cancelled (400 naming `reason`); an illegal move is a 409
 * listing the allowed ones.
 */
export const OnwardReferralStatusChange = z.object({
  status: z.enum(TASK_STATUSES),
  reason: z.string().trim().max(1000).optional(),
  businessStatus: z.enum(TASK_BUSINESS_STATUSES).nullable().optional(),
  note: z.string().trim().max(2000).optional(),
});
export type OnwardReferralStatusChange = z.infer<typeof OnwardReferralStatusChange>;

/** `POST /api/provider/onward-referrals/:id/business-status`: a sub-state without a state change. */
export const BusinessStatusChange = z.object({
  businessStatus: z.enum(TASK_BUSINESS_STATUSES).nullable(),
  note: z.string().trim().max(2000).optional(),
});
export type BusinessStatusChange = z.infer<typeof BusinessStatusChange>;

/** How the provider's inbox is ordered by when each referral was sent. */
export const PROVIDER_INBOX_SORTS = ['oldest', 'newest'] as const;
export type ProviderInboxSort = (typeof PROVIDER_INBOX_SORTS)[number];

/** `GET /api/provider/onward-referrals` query: the provider's inbox. */
export const ProviderInboxQuery = z.object({
  status: z.enum(TASK_STATUSES).optional(),
  /** `open` (default) shows requested, accepted, in-progress and on-hold. */
  view: z.enum(['open', 'all']).default('open'),
  /**
   * By when sent. Without it, open referrals come oldest first (the longest waiting on top) and
   * `all` newest first.
   */
  sort: z.enum(PROVIDER_INBOX_SORTS).optional(),
  page: PageNumber,
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type ProviderInboxQuery = z.infer<typeof ProviderInboxQuery>;

/** A line of the provider's inbox: what the list shows, the shared name, and the conversation's latest note. */
export const ProviderInboxItem = OnwardReferralSummary.extend({
  pcnName: z.string(),
  /** The person's name when the link worker shared it; null when they did not. */
  sharedName: z.string().nullable(),
  /** The newest note on the referral: which side wrote it and when; null when there is none. */
  latestNote: z.object({ side: z.enum(['requester', 'provider']), at: z.string() }).nullable(),
});
export type ProviderInboxItem = z.infer<typeof ProviderInboxItem>;
/** `GET /api/provider/onward-referrals`: a page of the provider's inbox. */
export const ProviderInboxPage = pageOf(ProviderInboxItem);
export type ProviderInboxPage = z.infer<typeof ProviderInboxPage>;

/** The most characters a note on an onward referral may have. */
export const ONWARD_NOTE_MAX_LENGTH = 2000;

/**
 * Days after an onward referral closes (completed, not accepted, did not go ahead, cancelled)
 * during which both sides may still write notes: to say thank you, or to ask about a decision.
 */
export const ONWARD_NOTES_OPEN_DAYS_AFTER_CLOSING = 30;

/**
 * One note in the conversation on an onward referral. `organisationName` is the writer's side:
 * the PCN for the link worker's side, the provider for the provider's.
 */
export const OnwardReferralNote = z.object({
  id: Id,
  side: z.enum(['requester', 'provider']),
  organisationName: z.string(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});
export type OnwardReferralNote = z.infer<typeof OnwardReferralNote>;

/**
 * `GET /api/onward-referrals/:id/notes` and `GET /api/provider/onward-referrals/:id/notes`: the
 * whole conversation, oldest first (a referral's conversation is short, like its history), and
 * whether this reader may add to it now (`closedMessage` says why not when the referral closed).
 */
export const OnwardReferralNoteList = z.object({
  items: z.array(OnwardReferralNote),
  canWrite: z.boolean(),
  closedMessage: z.string().nullable(),
});
export type OnwardReferralNoteList = z.infer<typeof OnwardReferralNoteList>;

/** `POST /api/onward-referrals/:id/notes` and `POST /api/provider/onward-referrals/:id/notes`. */
export const CreateOnwardReferralNoteRequest = z.object({
  body: text(ONWARD_NOTE_MAX_LENGTH, 'a note'),
});
export type CreateOnwardReferralNoteRequest = z.infer<typeof CreateOnwardReferralNoteRequest>;

/** `GET /api/people/:id/directory-start`: where a service search from this person's record begins. */
export const DirectorySearchStart = z.object({
  postcode: z.string().nullable(),
  needs: z.array(z.object({ id: Id, name: z.string() })),
});
export type DirectorySearchStart = z.infer<typeof DirectorySearchStart>;

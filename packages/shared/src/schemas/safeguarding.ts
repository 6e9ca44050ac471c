import { z } from 'zod';
import { Id, pageOf, text } from './common.ts';

/**
 * Safeguarding concerns about a person (Care Act 2014 s42 adult safeguarding; categories follow
 * the Care and Support Statutory Guidance, chapter 14). A concern is raised by the care team,
 * escalated at once to the PCN's designated safeguarding lead, and is never deleted: it only
 * moves forward through {@link SAFEGUARDING_TRANSITIONS} and is closed with a recorded outcome.
 */

/** The types of abuse and neglect named in the Care and Support Statutory Guidance, plus other. */
export const SAFEGUARDING_CATEGORIES = [
  'physical',
  'emotional',
  'sexual',
  'financial',
  'neglect',
  'self_neglect',
  'domestic_abuse',
  'modern_slavery',
  'discriminatory',
  'organisational',
  'other',
] as const;
/** One of {@link SAFEGUARDING_CATEGORIES}. */
export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number];

/** Human-readable category names, as the statutory guidance words them. */
export const SAFEGUARDING_CATEGORY_LABELS: Record<SafeguardingCategory, string> = {
  physical: 'Physical abuse',
  emotional: 'Psychological or emotional abuse',
  sexual: 'Sexual abuse or exploitation',
  financial: 'Financial or material abuse',
  neglect: 'Neglect or acts of omission',
  self_neglect: 'Self-neglect',
  domestic_abuse: 'Domestic abuse',
  modern_slavery: 'Modern slavery',
  discriminatory: 'Discriminatory abuse',
  organisational: 'Organisational or institutional abuse',
  other: 'Something else',
};

/** The states of a concern. `closed` is the only ending, and needs an outcome. */
export const SAFEGUARDING_STATUSES = [
  'raised',
  'acknowledged',
  'referred_to_local_authority',
  'managed_internally',
  'closed',
] as const;
/** One of {@link SAFEGUARDING_STATUSES}. */
export type SafeguardingStatus = (typeof SAFEGUARDING_STATUSES)[number];

/**
 * The one place that says how a concern may move: raised → acknowledged → (referred to the
 * local authority | managed internally) → closed. There is no way back and no way out but closing.
 */
export const SAFEGUARDING_TRANSITIONS: Record<SafeguardingStatus, readonly SafeguardingStatus[]> = {
  raised: ['acknowledged'],
  acknowledged: ['referred_to_local_authority', 'managed_internally'],
  referred_to_local_authority: ['closed'],
  managed_internally: ['closed'],
  closed: [],
};

/** Human-readable status names. */
export const SAFEGUARDING_STATUS_LABELS: Record<SafeguardingStatus, string> = {
  raised: 'Raised',
  acknowledged: 'Acknowledged',
  referred_to_local_authority: 'Referred to the local authority',
  managed_internally: 'Managed internally',
  closed: 'Closed',
};

/** Where a concern may go next from `from`; empty once closed. */
export function allowedSafeguardingTransitions(from: SafeguardingStatus): readonly SafeguardingStatus[] {
  return SAFEGUARDING_TRANSITIONS[from];
}

/** True when a concern in `from` may move to `to`. */
export function canTransitionConcern(from: SafeguardingStatus, to: SafeguardingStatus): boolean {
  return SAFEGUARDING_TRANSITIONS[from].includes(to);
}

/**
 * What the person raising a concern is told when someone is at immediate risk. Kith contacts
 * nobody outside the service, so it says plainly that the user must make the call.
 */
export const IMMEDIATE_RISK_ADVICE =
  'Someone is at immediate risk. Call 999 now if anyone is in danger, then phone the local authority safeguarding team. Kith has not contacted anyone outside this service for you.';

/** `POST /api/people/:personId/safeguarding-concerns`. */
export const RaiseConcernRequest = z.object({
  referralId: Id.optional(),
  category: z.enum(SAFEGUARDING_CATEGORIES, { message: 'Choose the type of concern' }),
  description: text(8000, 'a description of the concern'),
  immediateRisk: z.boolean({ message: 'Say whether anyone is at immediate risk' }),
});
export type RaiseConcernRequest = z.infer<typeof RaiseConcernRequest>;

/** `POST /api/safeguarding-concerns/:id/transitions`. Closing needs the outcome. */
export const ConcernTransitionRequest = z
  .object({
    to: z.enum(SAFEGUARDING_STATUSES, { message: 'Choose what happens next' }),
    note: text(4000, 'a note of what was done'),
    outcome: z.string().trim().max(8000, { message: 'The outcome must be 8000 characters or fewer' }).optional(),
  })
  .superRefine((value, issues) => {
    if (value.to === 'closed' && !value.outcome) {
      issues.addIssue({ code: 'custom', path: ['outcome'], message: 'Enter the outcome before closing the concern' });
    }
  });
export type ConcernTransitionRequest = z.infer<typeof ConcernTransitionRequest>;

/** Path parameters of the person's concerns. */
export const PersonConcernParams = z.object({ personId: Id });
export type PersonConcernParams = z.infer<typeof PersonConcernParams>;

/** A user told about a concern. */
export const NotifiedUser = z.object({ userId: Id, name: z.string() });
export type NotifiedUser = z.infer<typeof NotifiedUser>;

/** One step in a concern's history: who moved it, when, and their note. */
export const ConcernEvent = z.object({
  from: z.enum(SAFEGUARDING_STATUSES).nullable(),
  to: z.enum(SAFEGUARDING_STATUSES),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type ConcernEvent = z.infer<typeof ConcernEvent>;

/** A safeguarding concern with its history and where it may go next. */
export const SafeguardingConcern = z.object({
  id: Id,
  organisationId: Id,
  personId: Id,
  personName: z.string(),
  referralId: Id.nullable(),
  category: z.enum(SAFEGUARDING_CATEGORIES),
  description: z.string(),
  immediateRisk: z.boolean(),
  status: z.enum(SAFEGUARDING_STATUSES),
  outcome: z.string().nullable(),
  raisedByName: z.string().nullable(),
  raisedAt: z.string(),
  updatedAt: z.string(),
  events: z.array(ConcernEvent),
  allowedTransitions: z.array(z.enum(SAFEGUARDING_STATUSES)),
  /** Whether the caller may move this concern on (a designated lead or a supervisor in scope). */
  canManage: z.boolean().optional(),
});
export type SafeguardingConcern = z.infer<typeof SafeguardingConcern>;

/** The answer to raising a concern: who was told, and what the raiser must do now. */
export const RaisedConcern = z.object({
  concern: SafeguardingConcern,
  notified: z.array(NotifiedUser),
  /** True when the PCN has no designated lead, so its supervisors were told instead. */
  noLeadDesignated: z.boolean(),
  /** {@link IMMEDIATE_RISK_ADVICE} when someone is at immediate risk, otherwise null. */
  urgentAction: z.string().nullable(),
});
export type RaisedConcern = z.infer<typeof RaisedConcern>;

export const ConcernList = z.object({ items: z.array(SafeguardingConcern) });
export type ConcernList = z.infer<typeof ConcernList>;

/** A concern in a lead's or supervisor's inbox; `readAt` is null until they open it. */
export const InboxItem = SafeguardingConcern.omit({ events: true, canManage: true }).extend({
  notifiedAt: z.string(),
  readAt: z.string().nullable(),
});
export type InboxItem = z.infer<typeof InboxItem>;
/** A page of the inbox; `unread` counts the whole inbox, not just this page. */
export const SafeguardingInbox = pageOf(InboxItem).extend({ unread: z.number().int() });
export type SafeguardingInbox = z.infer<typeof SafeguardingInbox>;

/** `PUT /api/organisations/:id/safeguarding-leads`: the whole list of designated leads. */
export const SetSafeguardingLeadsRequest = z.object({ userIds: z.array(Id).max(20) });
export type SetSafeguardingLeadsRequest = z.infer<typeof SetSafeguardingLeadsRequest>;

export const SafeguardingLead = z.object({ userId: Id, name: z.string(), email: z.string() });
export type SafeguardingLead = z.infer<typeof SafeguardingLead>;
export const SafeguardingLeads = z.object({ organisationId: Id, leads: z.array(SafeguardingLead) });
export type SafeguardingLeads = z.infer<typeof SafeguardingLeads>;

/**
 * The referral pathway as a state machine — the one place that says which transitions are
 * allowed. received → triaged → allocated → contacted → active → discharged, with declined,
 * not-reached, withdrawn and closed-in-error as the other endings.
 */
export const REFERRAL_STATUSES = [
  'received',
  'triaged',
  'allocated',
  'contacted',
  'active',
  'discharged',
  'declined',
  'not_reached',
  'withdrawn',
  'closed_in_error',
] as const;
/** One of {@link REFERRAL_STATUSES}. */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const ENDINGS = ['withdrawn', 'closed_in_error'] as const;

/** Allowed next states from each state. Terminal states allow nothing. */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  received: ['triaged', 'declined', ...ENDINGS],
  triaged: ['allocated', 'declined', ...ENDINGS],
  allocated: ['allocated', 'contacted', 'not_reached', 'declined', ...ENDINGS],
  contacted: ['active', 'declined', 'discharged', ...ENDINGS],
  active: ['discharged', 'declined', ...ENDINGS],
  discharged: [],
  declined: [],
  not_reached: [],
  withdrawn: [],
  closed_in_error: [],
};

/** Human-readable status names. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  received: 'Received',
  triaged: 'Triaged',
  allocated: 'Allocated',
  contacted: 'Contacted',
  active: 'Active',
  discharged: 'Discharged',
  declined: 'Declined',
  not_reached: 'Not reached',
  withdrawn: 'Withdrawn',
  closed_in_error: 'Closed in error',
};

export function allowedTransitions(from: ReferralStatus): readonly ReferralStatus[] {
  return REFERRAL_TRANSITIONS[from];
}

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

/**
 * The endings: states with no way out. Every one of them produces a message back to the
 * referrer (what happened, when and why), so the GP always hears how a referral ended.
 */
export const CLOSED_STATUSES = ['discharged', 'declined', 'not_reached', 'withdrawn', 'closed_in_error'] as const;
/** One of {@link CLOSED_STATUSES}. */
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

/** Whether the referral has ended (no further transition is possible). */
export function isClosedStatus(status: ReferralStatus): status is ClosedStatus {
  return (CLOSED_STATUSES as readonly ReferralStatus[]).includes(status);
}

/** States in which the person is on a link worker's caseload. */
export const OPEN_CASE_STATUSES: readonly ReferralStatus[] = ['allocated', 'contacted', 'active'];

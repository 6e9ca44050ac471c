import {
  COMPLEXITIES,
  type PersonMatch,
  REFERRAL_STATUS_LABELS,
  type ReferralReason,
  type ReferralSource,
  type ReferralStatus,
  RISK_FLAGS,
  URGENCIES,
} from '@kith/shared';

/** One of the shared urgencies. */
export type Urgency = (typeof URGENCIES)[number];
/** One of the shared risk flags. */
export type RiskFlag = (typeof RISK_FLAGS)[number];

export const URGENCY_LABELS: Record<Urgency, string> = { routine: 'Routine', soon: 'Soon', urgent: 'Urgent' };

export const URGENCY_HINTS: Record<Urgency, string> = {
  routine: 'Contact within 2 weeks',
  soon: 'Contact within a few days',
  urgent: 'Contact as soon as possible. Social prescribing is not an emergency service.',
};

export const COMPLEXITY_LABELS: Record<(typeof COMPLEXITIES)[number], string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const RISK_FLAG_LABELS: Record<RiskFlag, string> = {
  lives_alone: 'Lives alone',
  self_neglect: 'Self-neglect',
  safeguarding: 'Safeguarding concern',
  mental_health_crisis: 'Mental health crisis',
  lone_working_risk: 'Lone working risk (do not visit alone)',
  other: 'Other risk',
};

export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  gp_practice: 'GP practice',
  agency: 'Another agency',
  self: 'Self-referral',
  bulk_import: 'Bulk import',
  api: 'Another system',
};

export const MATCH_REASON_LABELS: Record<PersonMatch['reason'], string> = {
  same_nhs_number: 'Same NHS number',
  same_surname_dob_postcode: 'Same last name, date of birth and postcode',
};

/** NHS tag colour per status. The words always say the status too; colour is never the only cue. */
export const STATUS_TAG_CLASSES: Record<ReferralStatus, string> = {
  received: 'nhsuk-tag--blue',
  triaged: 'nhsuk-tag--purple',
  allocated: 'nhsuk-tag--aqua-green',
  contacted: 'nhsuk-tag--yellow',
  active: 'nhsuk-tag--green',
  discharged: 'nhsuk-tag--white',
  declined: 'nhsuk-tag--red',
  not_reached: 'nhsuk-tag--orange',
  withdrawn: 'nhsuk-tag--grey',
  closed_in_error: 'nhsuk-tag--grey',
};

export const URGENCY_ITEMS = URGENCIES.map((value) => ({
  value,
  label: URGENCY_LABELS[value],
  hint: URGENCY_HINTS[value],
}));

export const COMPLEXITY_ITEMS = COMPLEXITIES.map((value) => ({ value, label: COMPLEXITY_LABELS[value] }));

export const RISK_FLAG_ITEMS = RISK_FLAGS.map((value) => ({ value, label: RISK_FLAG_LABELS[value] }));

/** Reasons as "Social isolation", joined for a table cell. */
export function reasonList(reasons: readonly Pick<ReferralReason, 'label'>[]): string {
  return reasons.map((reason) => reason.label).join(', ');
}

/** "Jane Doe". */
export function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/**
 * What a status history row's "To" column says: the new state, or for a row that kept the state
 * (a reassignment) that it stayed there, so the table never reads "Allocated → Allocated".
 */
export function transitionOutcome({ from, to }: { from: ReferralStatus | null; to: ReferralStatus }): string {
  return from === to ? `${REFERRAL_STATUS_LABELS[to]} (status unchanged)` : REFERRAL_STATUS_LABELS[to];
}

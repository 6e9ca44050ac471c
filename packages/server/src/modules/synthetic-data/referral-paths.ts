import type { ReferralStatus } from '@kith/shared';
import type { PathStep, Paths } from './state-paths.ts';

/**
 * The ways a synthetic referral goes, each a path through REFERRAL_TRANSITIONS
 * (packages/shared/src/rules/referral-states.ts), with how common it is. The plan table has one
 * time column per kind of step: `created_at`, `t_triaged`, `t_alloc`, `t_realloc`, `t_contacted`,
 * `t_active`, `t_end`.
 */
export const REFERRAL_KINDS = [
  'closed_in_error',
  'declined_at_triage',
  'withdrawn_early',
  'not_reached',
  'declined_after_contact',
  'light_touch',
  'full',
  'reallocated',
  'withdrawn_during',
] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/** Share of referrals of each kind (adds up to 1). */
export const REFERRAL_KIND_SHARES: Record<ReferralKind, number> = {
  closed_in_error: 0.015,
  declined_at_triage: 0.06,
  withdrawn_early: 0.025,
  not_reached: 0.09,
  declined_after_contact: 0.04,
  // One conversation and signposting, then discharge.
  light_touch: 0.27,
  full: 0.42,
  reallocated: 0.02,
  withdrawn_during: 0.06,
};

const received: PathStep<ReferralStatus> = { status: 'received', at: 'created_at', reason: 'Referral received' };
const triaged: PathStep<ReferralStatus> = { status: 'triaged', at: 't_triaged', reason: 'Triaged' };
const allocated: PathStep<ReferralStatus> = { status: 'allocated', at: 't_alloc', reason: 'Allocated to a link worker' };
const contacted: PathStep<ReferralStatus> = { status: 'contacted', at: 't_contacted', reason: 'First contact made' };
const active: PathStep<ReferralStatus> = { status: 'active', at: 't_active', reason: 'Engaged with support' };
const end = (status: ReferralStatus, reason: string): PathStep<ReferralStatus> => ({ status, at: 't_end', reason });
const allocatedToTheWorker = [received, triaged, allocated];

export const REFERRAL_PATHS: Paths<ReferralStatus> & Record<ReferralKind, PathStep<ReferralStatus>[]> = {
  closed_in_error: [received, end('closed_in_error', 'Duplicate referral')],
  declined_at_triage: [received, triaged, end('declined', 'Better met by another service')],
  withdrawn_early: [received, triaged, end('withdrawn', 'Referrer withdrew the referral')],
  not_reached: [...allocatedToTheWorker, end('not_reached', 'No contact after 3 attempts')],
  declined_after_contact: [...allocatedToTheWorker, contacted, end('declined', 'Person did not want support at the moment')],
  light_touch: [...allocatedToTheWorker, contacted, end('discharged', 'Signposted; no further support needed')],
  full: [...allocatedToTheWorker, contacted, active, end('discharged', 'Goals reviewed together')],
  reallocated: [
    ...allocatedToTheWorker,
    { status: 'allocated', at: 't_realloc', reason: 'Reallocated to balance caseloads' },
    contacted,
    active,
    end('discharged', 'Goals reviewed together'),
  ],
  withdrawn_during: [...allocatedToTheWorker, contacted, active, end('withdrawn', 'Person moved out of the area')],
};

/** Kinds whose path reaches each step (for the CASEs that build the plan). */
export function kindsReaching(status: ReferralStatus): ReferralKind[] {
  return REFERRAL_KINDS.filter((kind) => REFERRAL_PATHS[kind].some((step) => step.status === status));
}

/** `IN ('a', 'b')` over kinds. */
export function kindIn(kinds: readonly string[]): string {
  return `IN (${kinds.map((kind) => `'${kind}'`).join(', ')})`;
}

import { allowedTransitions, canTransition, REFERRAL_STATUS_LABELS, REFERRAL_STATUSES, type ReferralStatus } from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import type { OrgScope } from '../../access/org-scope.ts';
import { AppError } from '../../errors.ts';

/**
 * Record rules of the care pathway after allocation: when a plan or measure may still change,
 * and when a referral may be discharged. Who may act at all is decided by the referral gate
 * (`loadReferralFor`) and the permission table (`packages/shared/src/rules/permissions.ts`).
 */

/** Terminal states (discharged, declined, …) allow no further transition: the episode is closed. */
export function isClosed(status: ReferralStatus): boolean {
  return allowedTransitions(status).length === 0;
}

/** A closed episode's plan and measures are the record of what happened; they are not edited. */
export function assertEpisodeOpen(status: ReferralStatus, what: string): void {
  if (isClosed(status)) {
    throw new AppError(
      'conflict',
      `This referral is closed (${REFERRAL_STATUS_LABELS[status]}), so ${what} can no longer be changed.`,
      {
        allowed: [...allowedTransitions(status)],
      },
    );
  }
}

const DISCHARGEABLE = REFERRAL_STATUSES.filter((status) => canTransition(status, 'discharged'));

/** Discharge follows the referral state machine; a refusal lists where the referral can go instead. */
export function assertCanDischarge(status: ReferralStatus): void {
  if (canTransition(status, 'discharged')) return;
  const open = DISCHARGEABLE.map((s) => REFERRAL_STATUS_LABELS[s]).join(' or ');
  const message = isClosed(status)
    ? `This referral is already closed (${REFERRAL_STATUS_LABELS[status]}), so it cannot be discharged.`
    : `A referral that is ${REFERRAL_STATUS_LABELS[status]} cannot be discharged: only ${open} referrals can.`;
  throw new AppError('conflict', message, { allowed: [...allowedTransitions(status)] });
}

/**
 * The membership to record in the audit trail: the one that granted the permission, or for a
 * referrer reading their own referral (no scope), their referrer role.
 */
export function auditVia(ctx: RequestContext, scope: OrgScope | null): ActorMembership | undefined {
  return scope?.via ?? ctx.actor?.memberships.find((m) => m.role === 'referrer');
}

import type { ReferralReason } from '@kith/shared';
import type { ReferralReasonRow } from './referral-reason-repository.ts';

/** A reason as the API shows it: the list's order is the query's, not a field. */
export function toReferralReason({ sortOrder: _, ...reason }: ReferralReasonRow): ReferralReason {
  return reason;
}

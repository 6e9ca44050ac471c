import { REFERRAL_STATUSES, type Referral, type ReferralStatus } from '@kith/shared';

export interface StatusGroup {
  status: ReferralStatus;
  referrals: Referral[];
}

const URGENCY_RANK: Record<Referral['urgency'], number> = { urgent: 0, soon: 1, routine: 2 };

/** Most urgent first, then the one waiting longest. */
export function byUrgencyThenAge(a: Referral, b: Referral): number {
  return URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || a.createdAt.localeCompare(b.createdAt);
}

/** Referrals grouped by status in pathway order (received first); empty groups are left out. */
export function groupByStatus(referrals: readonly Referral[]): StatusGroup[] {
  return REFERRAL_STATUSES.map((status) => ({
    status,
    referrals: referrals.filter((referral) => referral.status === status).sort(byUrgencyThenAge),
  })).filter((group) => group.referrals.length > 0);
}

/** The `status` filter from the query string, or '' for all; anything unknown is ignored. */
export function readStatusFilter(search: URLSearchParams): ReferralStatus | '' {
  const status = search.get('status');
  return REFERRAL_STATUSES.find((candidate) => candidate === status) ?? '';
}

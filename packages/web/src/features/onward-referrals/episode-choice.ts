import { REFERRAL_TRANSITIONS, type Referral, type TimelineEntry } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import type { SelectOption } from '../../components/select-field.tsx';

/** The person's referrals (episodes), once each, newest first, as the timeline lists them. */
export function referralIdsFromTimeline(entries: readonly TimelineEntry[]): string[] {
  const ids = entries.flatMap((entry) => (entry.kind === 'referral' && entry.referralId ? [entry.referralId] : []));
  return [...new Set(ids)];
}

/**
 * The episodes an onward referral may belong to: the person's referrals that are still open
 * (their status can still change), labelled by date and reasons.
 */
export function openEpisodeOptions(referrals: readonly Referral[]): SelectOption[] {
  return referrals
    .filter((referral) => REFERRAL_TRANSITIONS[referral.status].length > 0)
    .map((referral) => {
      const reasons = referral.reasons.map((reason) => reason.label).join(', ');
      const when = formatCalendarDate(referral.createdAt.slice(0, 10));
      return { value: referral.id, label: reasons ? `Referral of ${when}: ${reasons}` : `Referral of ${when}` };
    });
}

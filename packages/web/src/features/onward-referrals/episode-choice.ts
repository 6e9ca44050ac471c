import { type PersonReferral, REFERRAL_TRANSITIONS } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import type { SelectOption } from '../../components/select-field.tsx';

/**
 * The episodes an onward referral may belong to: the person's referrals that are still open
 * (their status can still change), labelled by date and reasons, in the order given (newest first).
 */
export function openEpisodeOptions(referrals: readonly PersonReferral[]): SelectOption[] {
  return referrals
    .filter((referral) => REFERRAL_TRANSITIONS[referral.status].length > 0)
    .map((referral) => {
      const reasons = referral.reasons.map((reason) => reason.label).join(', ');
      const when = formatCalendarDate(referral.createdAt.slice(0, 10));
      return { value: referral.id, label: reasons ? `Referral of ${when}: ${reasons}` : `Referral of ${when}` };
    });
}

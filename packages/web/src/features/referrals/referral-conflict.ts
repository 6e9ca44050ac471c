import { REFERRAL_STATUS_LABELS, REFERRAL_STATUSES, type ReferralStatus } from '@kith/shared';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';

function isStatus(value: string): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/** "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * What a 409's `allowed` lists: the statuses the referral may move to next (a status change, as
 * triage is), or the statuses in which the refused action is possible at all (allocation).
 */
export type AllowedMeaning = 'next' | 'from';

/**
 * Issues for a failed change to a referral. A 409 means the referral moved on (someone else
 * triaged, allocated or closed it): say so in the server's words, then name the possibilities
 * from `allowed` with their screen labels.
 */
export function referralChangeIssues(error: unknown, allowedMeans: AllowedMeaning): FormIssue[] {
  if (!isApiError(error, 'conflict')) return issuesFromError(error);
  const allowed = (error.body.allowed ?? []).filter(isStatus).map((status) => REFERRAL_STATUS_LABELS[status]);
  // The server may already list the next statuses in lower case; the list below replaces that.
  const message = error.message.replace(/;\s*it (can become:.*|is closed)\s*$/i, '').trim();
  const possible =
    allowedMeans === 'next'
      ? allowed.length > 0
        ? `From its current status it can only be moved to: ${allowed.join(', ')}.`
        : 'Its status cannot be changed any more.'
      : allowed.length > 0
        ? `This can only be done while the referral is ${orList(allowed)}.`
        : '';
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return [{ path: '', message: [sentence, possible, 'The page now shows the latest details.'].filter(Boolean).join(' ') }];
}

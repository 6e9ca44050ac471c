import { REFERRAL_STATUS_LABELS, REFERRAL_STATUSES, type ReferralStatus } from '@kith/shared';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';

function isStatus(value: string): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/**
 * Issues for a failed change to a referral. A 409 means the referral moved on (someone else
 * triaged, allocated or closed it): say so in the server's words, then name the possibilities
 * from `allowed` with their screen labels.
 */
export function referralChangeIssues(error: unknown): FormIssue[] {
  if (!isApiError(error, 'conflict')) return issuesFromError(error);
  const allowed = (error.body.allowed ?? []).filter(isStatus).map((status) => REFERRAL_STATUS_LABELS[status]);
  // The server may already list the next statuses in lower case; the list below replaces that.
  const message = error.message.replace(/;\s*it (can become:.*|is closed)\s*$/i, '').trim();
  // `allowed` always lists the statuses the referral can move to next.
  const possible =
    allowed.length > 0
      ? `From its current status it can only be moved to: ${allowed.join(', ')}.`
      : 'Its status cannot be changed any more.';
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return [{ path: '', message: [sentence, possible, 'The page now shows the latest details.'].filter(Boolean).join(' ') }];
}

/**
 * `issuesFor` of a form that changes a referral: a 409 means the referral moved on and this form
 * may disappear, so the problem goes to the page (`onConflict`) and nothing shows on the form.
 */
export function changeIssuesFor(onConflict: (issues: FormIssue[]) => void) {
  return (error: unknown): FormIssue[] => {
    if (!isApiError(error, 'conflict')) return referralChangeIssues(error);
    onConflict(referralChangeIssues(error));
    return [];
  };
}

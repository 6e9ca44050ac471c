import { ApiError } from '../../api/api-error.ts';
import { type Checked, type FormIssue, type IssueOptions, issuesFromError } from '../../api/form-issues.ts';

/**
 * Issues for a community form. The community's refusals explain themselves ("Only community
 * editors can …", "You need to be a registered member to comment", "You are commenting too
 * quickly …", "This event has finished"), so the server's own words are shown for them rather
 * than the general "You do not have permission to do this."
 */
export function communityIssues(error: unknown, options: IssueOptions = {}): FormIssue[] {
  if (error instanceof ApiError && error.message) {
    if (error.code === 'forbidden' || error.code === 'rate_limited') return [{ path: '', message: error.message }];
    if (error.code === 'unauthenticated' && error.message !== 'Sign in to continue')
      return [{ path: '', message: error.message }];
  }
  return issuesFromError(error, options);
}

/**
 * Issues whose path names a part of a field (`tags.2`) moved onto the field itself (`tags`), so
 * the message shows beside the control the person can change.
 */
export function issuesOnFields(issues: readonly FormIssue[], fields: readonly string[]): FormIssue[] {
  return issues.map((issue) => {
    const field = fields.find((name) => issue.path === name || issue.path.startsWith(`${name}.`));
    return field && field !== issue.path ? { ...issue, path: field } : issue;
  });
}

/**
 * Issues about `from` (the API's name, such as `body`) put against `to`, the id of the control on
 * this page (`reply-<comment id>`), for forms that appear more than once on a page.
 */
export function issuesRenamed(issues: readonly FormIssue[], from: string, to: string): FormIssue[] {
  return issues.map((issue) => (issue.path === from ? { ...issue, path: to } : issue));
}

/** A checked request with its problems moved by `move`; a request that passed is unchanged. */
export function movingIssues<T>(checked: Checked<T>, move: (issues: FormIssue[]) => FormIssue[]): Checked<T> {
  return checked.ok ? checked : { ok: false, issues: move(checked.issues) };
}

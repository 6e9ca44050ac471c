import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';

/**
 * A refused save, shown on the one field there is: whatever the server says is about the leads
 * chosen (someone no longer in the PCN, the list changed meanwhile).
 */
export function leadsIssuesFor(error: unknown): FormIssue[] {
  return issuesFromError(error).map((issue) => ({ ...issue, path: 'userIds' }));
}

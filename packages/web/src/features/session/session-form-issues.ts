import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';

/** Errors from signing in: field errors from validation, one general message otherwise. */
export function signInIssues(error: unknown): FormIssue[] {
  if (isApiError(error, 'invalid_credentials')) {
    return [{ path: '', message: error.message || 'Email or password is not right' }];
  }
  if (isApiError(error, 'rate_limited')) {
    return [
      { path: '', message: error.message || 'Too many attempts to sign in from this device. Wait a little, then try again.' },
    ];
  }
  // An unverified community member: the server's message says to verify the email address.
  if (isApiError(error, 'forbidden') && error.message) return [{ path: '', message: error.message }];
  return issuesFromError(error);
}

/** Errors from asking for a password reset link. */
export function resetRequestIssues(error: unknown): FormIssue[] {
  return isApiError(error, 'rate_limited')
    ? [{ path: '', message: 'Too many requests from this device. Wait a few minutes, then try again.' }]
    : issuesFromError(error);
}

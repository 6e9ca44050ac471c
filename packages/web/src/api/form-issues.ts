import type { ValidationIssue } from '@kith/shared';
import { ApiError } from './api-error.ts';

/**
 * One problem to show on a form. `path` names the field the same way the server does
 * (`email`, `memberships.0.role`); an empty path is a problem with the form as a whole.
 */
export type FormIssue = ValidationIssue;

/** The element id of the control for a field path: `memberships.0.role` → `memberships-0-role`. */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-');
}

/** A form checked against its rules: the request to send, or what is wrong with it. */
export type Checked<T> = { ok: true; data: T } | { ok: false; issues: FormIssue[] };

/** What a shared zod schema's `safeParse` returns, described structurally so the web package needs no zod import. */
type SafeParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

interface ParsingSchema<T> {
  safeParse(value: unknown): SafeParseResult<T>;
}

/**
 * Checks a request against the same shared schema the server uses, so the browser shows the
 * server's own messages without a round trip.
 */
export function validateWith<T>(schema: ParsingSchema<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
  return { ok: false, issues };
}

export interface IssueOptions {
  /** The field a 409 conflict is about (for users, the email address). */
  conflictPath?: string;
}

/** Turns any failure of a write into issues for the error summary and the fields. */
export function issuesFromError(error: unknown, options: IssueOptions = {}): FormIssue[] {
  if (!(error instanceof ApiError)) {
    return [{ path: '', message: 'Something went wrong. Try again.' }];
  }
  switch (error.code) {
    case 'validation':
      return error.issues.length > 0 ? error.issues : [{ path: '', message: error.message }];
    case 'conflict':
      return [{ path: options.conflictPath ?? '', message: error.message }];
    case 'forbidden':
      return [{ path: '', message: 'You do not have permission to do this.' }];
    case 'not_found':
      return [{ path: '', message: 'This record no longer exists. It may have been removed.' }];
    case 'csrf':
    case 'unauthenticated':
      return [{ path: '', message: 'Your session has ended. Sign in again to continue.' }];
    case 'internal':
      return [{ path: '', message: withReference('Sorry, there is a problem with the service. Try again later.', error) }];
    default:
      return [{ path: '', message: error.message }];
  }
}

function withReference(message: string, error: ApiError): string {
  return error.body.requestId ? `${message} Reference: ${error.body.requestId}.` : message;
}

/**
 * Issues in the order the fields appear on the form, one per field: the first message given for
 * a field wins, so a form's own, friendlier message can be listed before the schema's.
 * Issues for fields not in `order` go last.
 */
export function orderIssues(issues: readonly FormIssue[], order: readonly string[]): FormIssue[] {
  const rank = (path: string) => {
    const index = order.indexOf(path);
    return index === -1 ? order.length : index;
  };
  const firstPerPath = issues.filter((issue, index) => issues.findIndex((other) => other.path === issue.path) === index);
  return firstPerPath.sort((a, b) => rank(a.path) - rank(b.path));
}

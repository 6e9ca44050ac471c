import { ConcernTransitionRequest } from '@kith/shared';
import { type Checked, type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';
import { prefixIssues } from './prefixed-issues.ts';

/** Moving a concern on, as typed; `to` is '' until chosen. */
export interface ConcernTransitionFormValues {
  to: string;
  note: string;
  outcome: string;
}

export const NO_TRANSITION: ConcernTransitionFormValues = { to: '', note: '', outcome: '' };

const FIELDS = ['to', 'note', 'outcome'] as const;

/** The form's issue paths (and, dashed, its field ids), top to bottom. */
export const CONCERN_TRANSITION_FIELD_ORDER = FIELDS.map((field) => `move.${field}`);

/** Checks the move with the shared schema; the outcome goes only with closing, which needs it. */
export function buildConcernTransitionRequest(values: ConcernTransitionFormValues): Checked<ConcernTransitionRequest> {
  const checked = validateWith(ConcernTransitionRequest, {
    to: values.to || undefined,
    note: values.note,
    ...(values.to === 'closed' ? { outcome: values.outcome } : {}),
  });
  return checked.ok ? checked : { ok: false, issues: prefixIssues(checked.issues, 'move', FIELDS) };
}

/** A refused move, with the server's paths named as the form's fields. */
export function concernTransitionIssuesFor(error: unknown): FormIssue[] {
  return prefixIssues(issuesFromError(error), 'move', FIELDS);
}

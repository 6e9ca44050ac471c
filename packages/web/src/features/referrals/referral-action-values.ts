import { AllocateRequest, type Referral, TransitionRequest, TriageRequest } from '@kith/shared';
import { type Checked, type FormIssue, validateWith } from '../../api/form-issues.ts';

const blankToUndefined = (value: string) => value.trim() || undefined;

/** The triage form as typed: it starts from what the referral already says. */
export interface TriageValues {
  urgency: string;
  complexity: string;
  riskFlags: string[];
  note: string;
}

export const TRIAGE_FIELD_ORDER = ['urgency', 'complexity', 'riskFlags', 'note'] as const;

export function triageValuesFor(referral: Referral): TriageValues {
  return { urgency: referral.urgency, complexity: referral.complexity ?? '', riskFlags: referral.riskFlags, note: '' };
}

/** Checks the triage form with the shared schema: `POST /api/referrals/:id/triage`. */
export function buildTriageRequest(values: TriageValues): Checked<TriageRequest> {
  return validateWith(TriageRequest, { ...values, note: blankToUndefined(values.note) });
}

export interface AllocateValues {
  workerId: string;
  reason: string;
}

export const EMPTY_ALLOCATION: AllocateValues = { workerId: '', reason: '' };
export const ALLOCATE_FIELD_ORDER = ['workerId', 'reason'] as const;

/**
 * Checks the allocate form. `expectedWorkerId` is the assignee as the page shows it: if someone
 * else allocated or reassigned it meanwhile, the server refuses (409) instead of silently
 * overwriting their choice.
 */
export function buildAllocateRequest(values: AllocateValues, expectedWorkerId: string | null): Checked<AllocateRequest> {
  if (!values.workerId) return { ok: false, issues: [{ path: 'workerId', message: 'Choose a link worker' }] };
  return validateWith(AllocateRequest, { workerId: values.workerId, reason: blankToUndefined(values.reason), expectedWorkerId });
}

export interface TransitionValues {
  to: string;
  reason: string;
}

export const EMPTY_TRANSITION: TransitionValues = { to: '', reason: '' };

/**
 * The transition form shares the page with the allocate form, so its fields (and their issues)
 * are named `transition.to` and `transition.reason`.
 */
export const TRANSITION_FIELD_ORDER = ['transition.to', 'transition.reason'] as const;

export function transitionIssues(issues: readonly FormIssue[]): FormIssue[] {
  return issues.map((issue) =>
    issue.path === 'to' || issue.path === 'reason' ? { ...issue, path: `transition.${issue.path}` } : issue,
  );
}

/** Checks the form that ends a referral: `POST /api/referrals/:id/transitions`. */
export function buildTransitionRequest(values: TransitionValues): Checked<TransitionRequest> {
  if (!values.to) return { ok: false, issues: [{ path: 'transition.to', message: 'Choose how the referral ends' }] };
  const checked = validateWith(TransitionRequest, values);
  return checked.ok ? checked : { ok: false, issues: transitionIssues(checked.issues) };
}

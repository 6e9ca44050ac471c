import { RaiseConcernRequest } from '@kith/shared';
import { type Checked, type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';
import { prefixIssues } from './prefixed-issues.ts';

/** The raise-a-concern form as typed; the answers are '' until given. */
export interface RaiseConcernFormValues {
  category: string;
  description: string;
  immediateRisk: '' | 'yes' | 'no';
}

export const EMPTY_CONCERN: RaiseConcernFormValues = { category: '', description: '', immediateRisk: '' };

const FIELDS = ['category', 'description', 'immediateRisk'] as const;

/** The form's issue paths (and, dashed, its field ids), top to bottom. */
export const RAISE_CONCERN_FIELD_ORDER = FIELDS.map((field) => `concern.${field}`);

/** Checks the concern with the shared schema; `referralId` when it is raised from a referral. */
export function buildRaiseConcernRequest(
  values: RaiseConcernFormValues,
  referralId?: string | undefined,
): Checked<RaiseConcernRequest> {
  const checked = validateWith(RaiseConcernRequest, {
    ...(referralId ? { referralId } : {}),
    category: values.category || undefined,
    description: values.description,
    immediateRisk: values.immediateRisk === '' ? undefined : values.immediateRisk === 'yes',
  });
  return checked.ok ? checked : { ok: false, issues: prefixIssues(checked.issues, 'concern', FIELDS) };
}

/** A refused concern, with the server's paths named as the form's fields. */
export function raiseConcernIssuesFor(error: unknown): FormIssue[] {
  return prefixIssues(issuesFromError(error), 'concern', FIELDS);
}

import { DischargeRequest } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';

/** The discharge form as typed; `outcome` is '' until one is chosen. */
export interface DischargeFormValues {
  outcome: string;
  reason: string;
  summary: string;
}

export const EMPTY_DISCHARGE: DischargeFormValues = { outcome: '', reason: '', summary: '' };

/** The discharge form's fields, top to bottom. */
export const DISCHARGE_FIELD_ORDER = ['outcome', 'reason', 'summary'] as const;

/** Checks the discharge form with the shared schema the server uses. */
export function buildDischargeRequest(values: DischargeFormValues): Checked<DischargeRequest> {
  const checked = validateWith(DischargeRequest, values);
  return checked.ok ? checked : { ok: false, issues: orderIssues(checked.issues, DISCHARGE_FIELD_ORDER) };
}

/** Whether anything has been typed or chosen, so leaving the page would lose it. */
export function hasDischargeInput(values: DischargeFormValues): boolean {
  return Boolean(values.outcome || values.reason.trim() || values.summary.trim());
}

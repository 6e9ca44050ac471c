import { CreateReferralReasonRequest } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** A new referral reason as typed. */
export interface ReasonValues {
  label: string;
  code: string;
  snomedCode: string;
}

export const EMPTY_REASON: ReasonValues = { label: '', code: '', snomedCode: '' };
/** The fields, top to bottom. */
export const REASON_FIELD_ORDER = ['label', 'code', 'snomedCode'];

/** Checks a new reason with the shared schema; a blank SNOMED CT id is sent as none. */
export function buildReasonRequest(values: ReasonValues): Checked<CreateReferralReasonRequest> {
  const checked = validateWith(CreateReferralReasonRequest, { ...values, snomedCode: values.snomedCode.trim() || null });
  return checked.ok ? { ok: true, data: { ...checked.data, snomedCode: checked.data.snomedCode ?? null } } : checked;
}

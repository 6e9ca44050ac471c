import { CreateOnwardReferralRequest, SHAREABLE_FIELDS, type ShareableField } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';

/**
 * Ticked to start with: enough for the provider to get in touch, nothing more. The link worker
 * adds what the service needs, with the person (data minimisation, UK GDPR Article 5(1)(c)).
 */
export const DEFAULT_SHARED_FIELDS: readonly ShareableField[] = ['name', 'phone'];

/** The fields in the order the form shows them, so the error summary lists problems top to bottom. */
export const ONWARD_REFERRAL_FIELDS = ['referralId', 'sharedFields', 'note', 'consentGiven'] as const;

export interface OnwardReferralFormValues {
  /** The episode, or '' for none. */
  referralId: string;
  sharedFields: readonly string[];
  note: string;
  consentGiven: boolean;
}

export function emptyOnwardReferralForm(referralId = ''): OnwardReferralFormValues {
  return { referralId, sharedFields: [...DEFAULT_SHARED_FIELDS], note: '', consentGiven: false };
}

/** Checks the form with the server's own schema; the shared fields go in the form's order. */
export function buildOnwardReferralRequest(
  serviceId: string,
  values: OnwardReferralFormValues,
): Checked<CreateOnwardReferralRequest> {
  const checked = validateWith(CreateOnwardReferralRequest, {
    serviceId,
    referralId: values.referralId || null,
    sharedFields: SHAREABLE_FIELDS.filter((field) => values.sharedFields.includes(field)),
    note: values.note,
    consentGiven: values.consentGiven,
  });
  return checked.ok ? checked : { ok: false, issues: orderIssues(checked.issues, ONWARD_REFERRAL_FIELDS) };
}

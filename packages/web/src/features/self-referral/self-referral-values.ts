import { SELF_REFERRAL_CONTACT_MESSAGE, SELF_REFERRAL_PRACTICE_MESSAGE, SelfReferralRequest } from '@kith/shared';
import { isApiError } from '../../api/api-error.ts';
import { type Checked, type FormIssue, issuesFromError, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, EMPTY_DATE_PARTS } from '../../components/date-parts.ts';

/** What the self-referral form holds while someone fills it in: strings, as typed. */
export interface SelfReferralValues {
  /** The person's GP practice: the server refers them to its primary care network. */
  gpPracticeId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  postcode: string;
  phone: string;
  email: string;
  nhsNumber: string;
  reasons: string[];
  helpWanted: string;
  consentToReferral: boolean;
  /** `''` until the person answers yes or no. */
  consentToDataSharing: '' | 'yes' | 'no';
  website: string;
}

export const EMPTY_SELF_REFERRAL: SelfReferralValues = {
  gpPracticeId: '',
  givenName: '',
  familyName: '',
  dateOfBirth: EMPTY_DATE_PARTS,
  postcode: '',
  phone: '',
  email: '',
  nhsNumber: '',
  reasons: [],
  helpWanted: '',
  consentToReferral: false,
  consentToDataSharing: '',
  website: '',
};

/** The fields in the order the form shows them, so the error summary lists problems top to bottom. */
export const SELF_REFERRAL_FIELD_ORDER = [
  'gpPracticeId',
  'person.givenName',
  'person.familyName',
  'person.dateOfBirth',
  'person.postcode',
  'person.phone',
  'person.email',
  'person.nhsNumber',
  'reasons',
  'helpWanted',
  'consent.toReferral',
  'consent.toDataSharing',
] as const;

/** Day, month and year boxes as an ISO date (`1961-07-14`); `''` when nothing was typed. */
export function dateFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/** Plain-English messages for empty answers, listed before the schema's more technical ones. */
function missingAnswers(values: SelfReferralValues): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!values.gpPracticeId) issues.push({ path: 'gpPracticeId', message: SELF_REFERRAL_PRACTICE_MESSAGE });
  const { day, month, year } = values.dateOfBirth;
  if (!day && !month && !year) issues.push({ path: 'person.dateOfBirth', message: 'Enter your date of birth' });
  if (!values.postcode.trim()) issues.push({ path: 'person.postcode', message: 'Enter your postcode' });
  if (!values.phone.trim() && !values.email.trim()) issues.push({ path: 'person.phone', message: SELF_REFERRAL_CONTACT_MESSAGE });
  if (!values.consentToReferral) issues.push({ path: 'consent.toReferral', message: 'Tick the box to agree to being referred' });
  if (!values.consentToDataSharing)
    issues.push({ path: 'consent.toDataSharing', message: 'Choose yes or no about sharing your information' });
  return issues;
}

/**
 * Checks the answers against the same shared schema the server uses and builds the request.
 * Issues for the answer-by-answer parts of a field (like `reasons.0`) are shown on the field.
 */
export function toSelfReferralRequest(values: SelfReferralValues, startedAt: number): Checked<SelfReferralRequest> {
  const candidate = {
    gpPracticeId: blankToUndefined(values.gpPracticeId),
    person: {
      givenName: values.givenName,
      familyName: values.familyName,
      dateOfBirth: dateFromParts(values.dateOfBirth.day, values.dateOfBirth.month, values.dateOfBirth.year),
      postcode: values.postcode,
      phone: blankToUndefined(values.phone),
      email: blankToUndefined(values.email),
      nhsNumber: blankToUndefined(values.nhsNumber),
    },
    reasons: values.reasons,
    helpWanted: blankToUndefined(values.helpWanted),
    consent: { toReferral: values.consentToReferral, toDataSharing: values.consentToDataSharing === 'yes' },
    website: values.website,
    startedAt,
  };
  const checked = validateWith(SelfReferralRequest, candidate);
  const missing = missingAnswers(values);
  if (checked.ok && missing.length === 0) return checked;
  const schemaIssues = checked.ok ? [] : checked.issues;
  return { ok: false, issues: orderIssues([...missing, ...schemaIssues].map(onField), SELF_REFERRAL_FIELD_ORDER) };
}

/** `reasons.2` → `reasons`: one message beside the checkboxes, however many codes were wrong. */
export function onField(issue: FormIssue): FormIssue {
  return issue.path.startsWith('reasons.') ? { ...issue, path: 'reasons' } : issue;
}

/** Problems from sending the form, in plain English; field problems go beside their fields. */
export function selfReferralSendIssues(error: unknown): FormIssue[] {
  if (isApiError(error, 'rate_limited')) {
    return [
      {
        path: '',
        message:
          'Several referrals have been sent from this device recently. Wait 10 minutes and try again, or ask your GP practice to refer you.',
      },
    ];
  }
  return issuesFromError(error).map(onField);
}

import { CreateReferralRequest } from '@kith/shared';
import { isApiError } from '../../api/api-error.ts';
import { type Checked, type FormIssue, issuesFromError, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, EMPTY_DATE_PARTS, readDateParts } from '../../components/date-parts.ts';
import type { Urgency } from './referral-labels.ts';

/** The person's details as typed into the referral form. */
export interface PersonFormValues {
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  nhsNumber: string;
  postcode: string;
  phone: string;
}

/** Everything on the referral form, as typed. */
export interface ReferralFormValues {
  organisationId: string;
  person: PersonFormValues;
  reasons: string[];
  urgency: Urgency;
  notes: string;
  consentToReferral: boolean;
  consentToDataSharing: boolean;
  /** Once likely existing records are shown: the chosen record's id, or `NEW_PERSON`. */
  personChoice: string;
}

/** The value of the "create a new record" choice. */
export const NEW_PERSON = 'new';

export function emptyReferralForm(organisationId: string): ReferralFormValues {
  return {
    organisationId,
    person: { givenName: '', familyName: '', dateOfBirth: EMPTY_DATE_PARTS, nhsNumber: '', postcode: '', phone: '' },
    reasons: [],
    urgency: 'routine',
    notes: '',
    consentToReferral: false,
    consentToDataSharing: false,
    personChoice: '',
  };
}

/** Form order, so the error summary lists problems in the order the user meets the fields. */
export const REFERRAL_FIELD_ORDER: readonly string[] = [
  'organisationId',
  'person.givenName',
  'person.familyName',
  'person.dateOfBirth',
  'person.nhsNumber',
  'person.postcode',
  'person.phone',
  'reasons',
  'urgency',
  'notes',
  'consent.toReferral',
  'consent.toDataSharing',
  'personChoice',
];

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/**
 * What the 1-minute form asks for beyond the shared schema: the API accepts a person with only
 * a name (other systems may know no more), but a link worker needs a way to reach them.
 */
function requiredPersonIssues(person: PersonFormValues, dateOfBirthEmpty: boolean): FormIssue[] {
  const issues: FormIssue[] = [];
  if (dateOfBirthEmpty) issues.push({ path: 'person.dateOfBirth', message: 'Enter their date of birth' });
  if (!person.postcode.trim()) issues.push({ path: 'person.postcode', message: 'Enter their postcode' });
  if (!person.phone.trim())
    issues.push({ path: 'person.phone', message: 'Enter a phone number so the link worker can call them' });
  return issues;
}

/**
 * Checks the form with the shared schema and builds `POST /api/referrals`. With `personId` the
 * referral is for that existing record and the typed details are not sent.
 */
export function buildReferralRequest(
  values: ReferralFormValues,
  options: { personId: string | null; today: string },
): Checked<CreateReferralRequest> {
  const { person } = values;
  const dateOfBirth = readDateParts(person.dateOfBirth, 'date of birth');
  const issues: FormIssue[] = [];
  if (!values.organisationId) issues.push({ path: 'organisationId', message: 'Choose the primary care network to refer to' });
  if (!options.personId) {
    issues.push(...dateIssue(dateOfBirth, 'person.dateOfBirth'));
    if (dateOfBirth.kind === 'date' && dateOfBirth.iso > options.today) {
      issues.push({ path: 'person.dateOfBirth', message: 'Date of birth must be in the past' });
    }
    issues.push(...requiredPersonIssues(person, dateOfBirth.kind === 'empty'));
  }

  const request = {
    organisationId: values.organisationId,
    ...(options.personId
      ? { personId: options.personId }
      : {
          person: {
            givenName: person.givenName,
            familyName: person.familyName,
            dateOfBirth: dateOfBirth.kind === 'date' ? dateOfBirth.iso : null,
            nhsNumber: person.nhsNumber.trim() === '' ? null : person.nhsNumber,
            postcode: blankToUndefined(person.postcode),
            phone: blankToUndefined(person.phone),
          },
        }),
    reasons: values.reasons,
    urgency: values.urgency,
    notes: blankToUndefined(values.notes),
    consent: { toReferral: values.consentToReferral, toDataSharing: values.consentToDataSharing },
  };
  const checked = validateWith(CreateReferralRequest, request);
  if (!checked.ok) return { ok: false, issues: orderIssues([...issues, ...checked.issues], REFERRAL_FIELD_ORDER) };
  if (issues.length > 0) return { ok: false, issues: orderIssues(issues, REFERRAL_FIELD_ORDER) };
  return checked;
}

/**
 * The form as checked on each send. Once likely existing records are shown (`matched`), the
 * referrer must say whether one of them is the person before anything else is checked.
 */
export function checkReferralForm(
  values: ReferralFormValues,
  options: { matched: boolean; today: string },
): Checked<CreateReferralRequest> {
  if (options.matched && !values.personChoice) {
    return { ok: false, issues: [{ path: 'personChoice', message: 'Choose whether this is the same person' }] };
  }
  const personId = options.matched && values.personChoice !== NEW_PERSON ? values.personChoice : null;
  return buildReferralRequest(values, { personId, today: options.today });
}

/**
 * Issues from a refused referral; a problem with one chosen reason (`reasons.2`) belongs to the
 * reasons group. A 409 that names a field (an NHS number held for someone whose details differ)
 * is shown beside that field.
 */
export function referralIssuesFromError(error: unknown): FormIssue[] {
  const named = isApiError(error, 'conflict') && error.issues.length > 0 ? error.issues : issuesFromError(error);
  const issues = named.map((issue) => (/^reasons\.\d+$/.test(issue.path) ? { ...issue, path: 'reasons' } : issue));
  return orderIssues(issues, REFERRAL_FIELD_ORDER);
}

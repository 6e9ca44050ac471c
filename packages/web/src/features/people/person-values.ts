import { type Person, UpdatePersonRequest } from '@kith/shared';
import { type Checked, type FormIssue, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, datePartsFromIso, readDateParts } from '../../components/date-parts.ts';

/**
 * The "Edit details" form as typed. Choices are '' until made; yes/no questions are 'yes' or
 * 'no'; `confirmNotDuplicate` is a one-box checkbox group, asked only after the server finds a
 * record with the same surname, date of birth and postcode.
 */
export interface PersonFormValues {
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  nhsNumber: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  phone: string;
  email: string;
  preferredContactMethod: string;
  preferredContactTimes: string;
  contactConsent: 'yes' | 'no';
  interpreterNeeded: 'yes' | 'no';
  language: string;
  accessibleFormats: string[];
  sex: string;
  genderIdentity: string;
  ethnicCategory: string;
  confirmNotDuplicate: string[];
}

/** The form's fields, top to bottom, named as the server names them. */
export const PERSON_FIELD_ORDER = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'nhsNumber',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'phone',
  'email',
  'preferredContactMethod',
  'preferredContactTimes',
  'contactConsent',
  'interpreterNeeded',
  'language',
  'accessibleFormats',
  'sex',
  'genderIdentity',
  'ethnicCategory',
  'confirmNotDuplicate',
] as const;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The record as the form starts: what is stored, blanks for what is not. */
export function personToForm(person: Person): PersonFormValues {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    dateOfBirth: datePartsFromIso(person.dateOfBirth),
    nhsNumber: person.nhsNumber ?? '',
    addressLine1: person.addressLine1 ?? '',
    addressLine2: person.addressLine2 ?? '',
    town: person.town ?? '',
    postcode: person.postcode ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    preferredContactMethod: person.preferredContactMethod ?? '',
    preferredContactTimes: person.preferredContactTimes ?? '',
    contactConsent: yesNo(person.contactConsent),
    interpreterNeeded: yesNo(person.interpreterNeeded),
    language: person.language ?? '',
    accessibleFormats: [...person.accessibleFormats],
    sex: person.sex ?? '',
    genderIdentity: person.genderIdentity ?? '',
    ethnicCategory: person.ethnicCategory ?? '',
    confirmNotDuplicate: [],
  };
}

/** Blank text is "not recorded" (null), so clearing a box clears the field. */
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** '' (nothing chosen) is null; a choice is checked by the shared schema. */
const choice = (value: string) => (value === '' ? null : value);

/**
 * Checks the form with the shared schema and builds `PATCH /api/people/:id`, based on the version
 * the editor opened. Every field is sent, so what the form shows is what is saved.
 */
export function buildPersonRequest(values: PersonFormValues, baseVersion: number): Checked<UpdatePersonRequest> {
  const issues: FormIssue[] = [];
  const dateOfBirth = readDateParts(values.dateOfBirth, 'date of birth');
  issues.push(...dateIssue(dateOfBirth, 'dateOfBirth'));
  const checked = validateWith(UpdatePersonRequest, {
    baseVersion,
    givenName: values.givenName,
    familyName: values.familyName,
    dateOfBirth: dateOfBirth.kind === 'date' ? dateOfBirth.iso : null,
    nhsNumber: orNull(values.nhsNumber),
    addressLine1: orNull(values.addressLine1),
    addressLine2: orNull(values.addressLine2),
    town: orNull(values.town),
    postcode: orNull(values.postcode),
    phone: orNull(values.phone),
    email: orNull(values.email),
    preferredContactMethod: choice(values.preferredContactMethod),
    preferredContactTimes: orNull(values.preferredContactTimes),
    contactConsent: values.contactConsent === 'yes',
    interpreterNeeded: values.interpreterNeeded === 'yes',
    language: orNull(values.language),
    accessibleFormats: values.accessibleFormats,
    sex: choice(values.sex),
    genderIdentity: orNull(values.genderIdentity),
    ethnicCategory: choice(values.ethnicCategory),
    ...(values.confirmNotDuplicate.includes('yes') ? { confirmNotDuplicate: true } : {}),
  });
  if (!checked.ok || issues.length > 0) {
    return { ok: false, issues: orderIssues([...issues, ...(checked.ok ? [] : checked.issues)], PERSON_FIELD_ORDER) };
  }
  return checked;
}

import { z } from 'zod';
import { isValidNhsNumber, normaliseNhsNumber } from '../rules/nhs-number.ts';
import { ACCESSIBLE_FORMATS, CONTACT_METHODS, ETHNIC_CATEGORY_CODES, SEXES } from '../rules/person-categories.ts';
import { dateOfBirthProblem } from '../rules/uk-date.ts';
import { Id, PageQuery, pageOf, text } from './common.ts';

/** NHS number: optional, spaces allowed, Modulus 11 checked, stored as 10 digits. */
export const NhsNumber = z
  .string()
  .transform(normaliseNhsNumber)
  .refine(isValidNhsNumber, { message: 'Enter a valid 10-digit NHS number (the check digit does not match)' });
export type NhsNumber = z.infer<typeof NhsNumber>;

/** UK postcode, upper-cased with one space before the inward code. */
export const Postcode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/, { message: 'Enter a real postcode, like LS1 4AP' }))
  .transform((v) => `${v.slice(0, -3)} ${v.slice(-3)}`);
export type Postcode = z.infer<typeof Postcode>;

/** A calendar date (YYYY-MM-DD). */
export const IsoDate = z.iso.date({ message: 'Enter a real date' });
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A date of birth: a real date, not after today (in UK local time) and not more than 120 years
 * ago. "Today" is worked out when each value is checked, not when this module loads. Every
 * payload with a date of birth (people, referrals, self-referral, the CSV import) uses this.
 */
export const DateOfBirth = IsoDate.superRefine((value, ctx) => {
  const problem = dateOfBirthProblem(value, new Date());
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
export type DateOfBirth = z.infer<typeof DateOfBirth>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * A UK phone number as typed (spaces, hyphens and brackets allowed): 0 or +44 (with or without
 * "(0)"), then the 9 or 10 digits of the national number. Kept as typed; the digits are checked.
 */
export function isUkPhoneNumber(value: string): boolean {
  if (!/^[+\d(][\d ()-]{6,24}$/.test(value)) return false;
  const digits = value.replace(/[\s()-]/g, '');
  const national = digits.startsWith('+44') ? digits.slice(3).replace(/^0/, '') : digits.startsWith('0') ? digits.slice(1) : '';
  return /^[1-9]\d{8,9}$/.test(national);
}

export const UkPhoneNumber = z
  .string()
  .trim()
  .refine(isUkPhoneNumber, { message: 'Enter a UK phone number, like 07700 900123 or 0113 496 0000' });

/** The fields of a person record, as sent by forms and the API. */
export const PersonInput = z.object({
  nhsNumber: NhsNumber.nullable().optional(),
  givenName: text(100, 'a first name'),
  familyName: text(100, 'a last name'),
  dateOfBirth: DateOfBirth.nullable().optional(),
  sex: z.enum(SEXES).nullable().optional(),
  genderIdentity: optionalText(100),
  ethnicCategory: z.enum(ETHNIC_CATEGORY_CODES).nullable().optional(),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  town: optionalText(100),
  postcode: Postcode.nullable().optional(),
  phone: UkPhoneNumber.nullable().optional(),
  email: z.email({ message: 'Enter an email address like name@example.org' }).max(254).nullable().optional(),
  preferredContactMethod: z.enum(CONTACT_METHODS).nullable().optional(),
  /** When they would rather be contacted, in their words ("weekday mornings"). */
  preferredContactTimes: optionalText(200),
  /** They agreed to be contacted by SMS, email or letter; Kith sends nothing to them without it. */
  contactConsent: z.boolean().optional(),
  interpreterNeeded: z.boolean().optional(),
  language: optionalText(100),
  accessibleFormats: z.array(z.enum(ACCESSIBLE_FORMATS)).max(5).optional(),
  registeredPracticeId: Id.nullable().optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

/** A person being supported, as returned by the API. */
export const Person = z.object({
  id: Id,
  organisationId: Id,
  nhsNumber: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  genderIdentity: z.string().nullable(),
  ethnicCategory: z.enum(ETHNIC_CATEGORY_CODES).nullable(),
  addressLine1: z.string().nullable(),
  addressLine2: z.string().nullable(),
  town: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredContactMethod: z.enum(CONTACT_METHODS).nullable(),
  preferredContactTimes: z.string().nullable(),
  contactConsent: z.boolean(),
  /** When consent to be contacted was last given or withdrawn; null if never recorded. */
  contactConsentRecordedAt: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  language: z.string().nullable(),
  accessibleFormats: z.array(z.enum(ACCESSIBLE_FORMATS)),
  registeredPracticeId: Id.nullable(),
  /** Bumped on each edit; send it back as `baseVersion` when editing. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;
/** `GET /api/people`: a page of people, by name. */
export const PersonPage = pageOf(Person);
export type PersonPage = z.infer<typeof PersonPage>;

/** `POST /api/people` body: the PCN that will hold the record, and the person. */
export const CreatePersonRequest = PersonInput.extend({
  organisationId: Id,
  /** Create even though likely matches exist (the user has looked at them). */
  confirmNotDuplicate: z.boolean().optional(),
});
export type CreatePersonRequest = z.infer<typeof CreatePersonRequest>;

/** A possible existing record for the same person. */
export const PersonMatch = z.object({
  person: Person,
  reason: z.enum(['same_nhs_number', 'same_surname_dob_postcode']),
});
export type PersonMatch = z.infer<typeof PersonMatch>;
/** `POST /api/people/matches` body: the details of a person about to be created, and their PCN. */
export const PersonMatchesRequest = CreatePersonRequest.omit({ confirmNotDuplicate: true });
export type PersonMatchesRequest = z.infer<typeof PersonMatchesRequest>;
/** `POST /api/people/matches`: likely existing records for those details. */
export const PersonMatchList = z.object({ items: z.array(PersonMatch) });
export type PersonMatchList = z.infer<typeof PersonMatchList>;

/** `GET /api/people?q=` search. */
export const PersonSearchQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });
export type PersonSearchQuery = z.infer<typeof PersonSearchQuery>;

/**
 * `PATCH /api/people/:id`: the edited record, based on the version the editor opened (409 if
 * someone saved since). Names are always sent; other fields left out keep their value, null clears one.
 */
export const UpdatePersonRequest = PersonInput.extend({
  baseVersion: z.number().int().min(1),
  /** Save even though another record has the same surname, date of birth and postcode. */
  confirmNotDuplicate: z.boolean().optional(),
});
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequest>;

/** One saved version of a person's record: who saved it, when, and which fields it changed. */
export const PersonVersion = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
  /** Field names (as in `Person`) that differ from the version before; empty for the first. */
  changedFields: z.array(z.string()),
});
export type PersonVersion = z.infer<typeof PersonVersion>;
/** `GET /api/people/:id/versions`: the record's history, newest first. */
export const PersonVersionList = z.object({ items: z.array(PersonVersion) });
export type PersonVersionList = z.infer<typeof PersonVersionList>;

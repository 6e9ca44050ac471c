import type { PersonRecord } from '../../access/person-gate-repository.ts';

/** The fields of a person that an edit can change, as kept in each version. */
export const SNAPSHOT_FIELDS = [
  'nhsNumber',
  'givenName',
  'familyName',
  'dateOfBirth',
  'sex',
  'genderIdentity',
  'ethnicCategory',
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
  'registeredPracticeId',
] as const satisfies readonly (keyof PersonRecord)[];

export type PersonSnapshot = Pick<PersonRecord, (typeof SNAPSHOT_FIELDS)[number]>;

/** Exactly the editable fields of a row, so no stray column is kept in a version. */
export function snapshotOf(row: PersonRecord): PersonSnapshot {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((field) => [field, row[field]])) as PersonSnapshot;
}

/**
 * The fields whose values differ between two versions, in form order. A field missing from an
 * older snapshot counts as empty, so adding a field later does not mark every version as changing it.
 */
export function changedFields(before: Partial<PersonSnapshot>, after: Partial<PersonSnapshot>): string[] {
  return SNAPSHOT_FIELDS.filter((field) => comparable(before[field]) !== comparable(after[field]));
}

function comparable(value: unknown): string {
  if (value === undefined || value === null || value === '' || value === false) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : JSON.stringify([...value].sort());
  return JSON.stringify(value);
}

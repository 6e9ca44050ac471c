import {
  type ACCESSIBLE_FORMATS,
  CONTACT_METHODS,
  type ContactMethod,
  ETHNIC_CATEGORIES,
  ETHNIC_CATEGORY_CODES,
  type EthnicCategory,
  SEX_LABELS,
  SEXES,
} from '@kith/shared';

type AccessibleFormat = (typeof ACCESSIBLE_FORMATS)[number];

export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
};

export const ACCESSIBLE_FORMAT_LABELS: Record<AccessibleFormat, string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  bsl: 'British Sign Language (BSL) interpreter',
  braille: 'Braille',
  audio: 'Audio',
};

export const CONTACT_METHOD_ITEMS = CONTACT_METHODS.map((value) => ({ value, label: CONTACT_METHOD_LABELS[value] }));
/** Large print, easy read and BSL first: the formats people ask for most. */
export const ACCESSIBLE_FORMAT_ITEMS = (['large_print', 'easy_read', 'bsl', 'braille', 'audio'] as const).map((value) => ({
  value,
  label: ACCESSIBLE_FORMAT_LABELS[value],
}));
export const SEX_ITEMS = SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));

/** The NHS Data Dictionary ethnic categories, grouped as the Data Dictionary groups them ("White", "Mixed", …). */
export const ETHNIC_CATEGORY_GROUPS = groupEthnicCategories();

function groupEthnicCategories() {
  const groups = new Map<string, { value: EthnicCategory; label: string }[]>();
  for (const code of ETHNIC_CATEGORY_CODES) {
    const [group = '', detail = ETHNIC_CATEGORIES[code]] = ETHNIC_CATEGORIES[code].split(' – ');
    const label = code === 'Z' ? ETHNIC_CATEGORIES[code] : detail;
    const key = code === 'Z' ? 'Not stated' : group;
    groups.set(key, [...(groups.get(key) ?? []), { value: code, label: `${label} (${code})` }]);
  }
  return [...groups].map(([label, options]) => ({ label, options }));
}

/** The record's fields as the history names them. */
export const PERSON_FIELD_LABELS: Record<string, string> = {
  nhsNumber: 'NHS number',
  givenName: 'First name',
  familyName: 'Last name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  genderIdentity: 'Gender identity',
  ethnicCategory: 'Ethnicity',
  addressLine1: 'Address',
  addressLine2: 'Address',
  town: 'Town or city',
  postcode: 'Postcode',
  phone: 'Phone number',
  email: 'Email address',
  preferredContactMethod: 'Preferred way to be contacted',
  preferredContactTimes: 'Best times to contact',
  contactConsent: 'Consent to be contacted',
  interpreterNeeded: 'Interpreter',
  language: 'Language',
  accessibleFormats: 'Accessible formats',
  registeredPracticeId: 'GP practice',
};

/** "Address, phone number and NHS number": each label once, in record order; '' for none. */
export function changedFieldsText(fields: readonly string[]): string {
  const labels = [...new Set(fields.map((field) => PERSON_FIELD_LABELS[field] ?? field))];
  // Only the first word keeps its capital, unless it is an abbreviation (NHS, BSL).
  const words = labels.map((label, index) =>
    index > 0 && /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label,
  );
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

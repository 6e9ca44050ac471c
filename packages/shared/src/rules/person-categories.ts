/**
 * Coded person fields. Ethnic category codes are the NHS Data Dictionary "ETHNIC CATEGORY"
 * (2001 census) codes; sex follows "PERSON PHENOTYPIC SEX"; gender identity is a separate,
 * free-text optional field because people describe it in their own words.
 */
export const ETHNIC_CATEGORIES = {
  A: 'White – British',
  B: 'White – Irish',
  C: 'White – any other White background',
  D: 'Mixed – White and Black Caribbean',
  E: 'Mixed – White and Black African',
  F: 'Mixed – White and Asian',
  G: 'Mixed – any other mixed background',
  H: 'Asian or Asian British – Indian',
  J: 'Asian or Asian British – Pakistani',
  K: 'Asian or Asian British – Bangladeshi',
  L: 'Asian or Asian British – any other Asian background',
  M: 'Black or Black British – Caribbean',
  N: 'Black or Black British – African',
  P: 'Black or Black British – any other Black background',
  R: 'Other ethnic groups – Chinese',
  S: 'Other ethnic groups – any other ethnic group',
  Z: 'Not stated',
} as const;
/** A key of {@link ETHNIC_CATEGORIES}. */
export type EthnicCategory = keyof typeof ETHNIC_CATEGORIES;
export const ETHNIC_CATEGORY_CODES = Object.keys(ETHNIC_CATEGORIES) as [EthnicCategory, ...EthnicCategory[]];

export const SEXES = ['male', 'female', 'indeterminate', 'not_known'] as const;
/** One of {@link SEXES}. */
export type Sex = (typeof SEXES)[number];
/** Human-readable sex, as reports and screens show it. */
export const SEX_LABELS: Record<Sex, string> = {
  male: 'Male',
  female: 'Female',
  indeterminate: 'Indeterminate (unable to be classified as either male or female)',
  not_known: 'Not known',
};

export const CONTACT_METHODS = ['phone', 'text', 'email', 'letter', 'in_person'] as const;
/** One of {@link CONTACT_METHODS}. */
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const ACCESSIBLE_FORMATS = ['large_print', 'easy_read', 'braille', 'audio', 'bsl'] as const;

/** How a contact with the person happened (or was tried). */
export const CONTACT_MODES = ['phone', 'face_to_face', 'home_visit', 'video', 'text', 'group'] as const;
/** One of {@link CONTACT_MODES}. */
export type ContactMode = (typeof CONTACT_MODES)[number];

export const URGENCIES = ['routine', 'soon', 'urgent'] as const;
export const COMPLEXITIES = ['low', 'medium', 'high'] as const;
/** One of {@link COMPLEXITIES}. */
export type Complexity = (typeof COMPLEXITIES)[number];

/** How much of a link worker's capacity a case of each complexity uses. */
export const COMPLEXITY_WEIGHTS: Record<Complexity, number> = { low: 1, medium: 1.5, high: 2 };

export const RISK_FLAGS = [
  'lives_alone',
  'self_neglect',
  'safeguarding',
  'mental_health_crisis',
  'lone_working_risk',
  'other',
] as const;

export const REFERRAL_SOURCES = ['gp_practice', 'agency', 'self', 'bulk_import', 'api'] as const;
/** One of {@link REFERRAL_SOURCES}. */
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
/** Human-readable referral sources, as reports show them. */
export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  gp_practice: 'GP practice',
  agency: 'Another agency',
  self: 'Self-referral',
  bulk_import: 'Bulk import',
  api: 'Another system',
};

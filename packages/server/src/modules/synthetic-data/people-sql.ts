import { fraction, pick, uuidFrom } from './sql-blocks.ts';

/**
 * The people of one PCN. Ages, sex and ethnicity are spread roughly as social prescribing
 * caseloads are (older, more women), with some fields not recorded. NHS numbers come from the
 * 999 range the NHS keeps for testing, with a valid check digit; a number whose check digit
 * would be 10 cannot exist, so that person (and a few others) has none recorded.
 */
type Digest = (label: string, ...parts: string[]) => string;

/** Age bands [from, to) in years with their cumulative share. */
const AGE_BANDS: [number, number, number][] = [
  [11, 18, 0.04],
  [18, 25, 0.11],
  [25, 35, 0.21],
  [35, 45, 0.32],
  [45, 55, 0.47],
  [55, 65, 0.64],
  [65, 75, 0.8],
  [75, 85, 0.94],
  [85, 98, 1],
];

/** Ethnic category codes (NHS Data Dictionary) with their cumulative share; the rest not recorded. */
const ETHNICITY: [string, number][] = [
  ['A', 0.7],
  ['B', 0.71],
  ['C', 0.755],
  ['D', 0.765],
  ['E', 0.77],
  ['F', 0.778],
  ['G', 0.785],
  ['H', 0.815],
  ['J', 0.84],
  ['K', 0.85],
  ['L', 0.865],
  ['M', 0.875],
  ['N', 0.895],
  ['P', 0.9],
  ['R', 0.906],
  ['S', 0.92],
  ['Z', 0.955],
];

function ageSql(f: string, within: string): string {
  const whens = AGE_BANDS.map(([from, to, upTo]) => `WHEN ${f} < ${upTo} THEN ${from} + ${within} * ${to - from}`);
  return `(CASE ${whens.join(' ')} END)`;
}

/**
 * $1 anchor, $2 first person seq, $3 last, $4 PCN, $5 its practices, $6 female names, $7 male names,
 * $8 family names, $9 streets, $10 town, $11 NHS number block, $12 postcode district.
 */
export function insertPeopleSql(digest: Digest): string {
  const nhsIndex = '($11::int + i)';
  const firstNine = `('999' || lpad(${nhsIndex}::text, 6, '0'))`;
  const ethnicity = ETHNICITY.map(([code, upTo]) => `WHEN ${fraction('h2', 0)} < ${upTo} THEN '${code}'`).join(' ');
  return `
  INSERT INTO people (id, organisation_id, nhs_number, given_name, family_name, date_of_birth, sex, ethnic_category,
    address_line_1, town, postcode, phone, email, preferred_contact_method, interpreter_needed, language,
    registered_practice_id, created_at, updated_at)
  SELECT ${uuidFrom(digest('person', 'i'))}, $4::uuid,
    CASE WHEN ${nhsIndex} < 1000000 AND n.check_digit < 10 AND ${fraction('h3', 3)} >= 0.03 THEN ${firstNine} || n.check_digit END,
    given, family,
    CASE WHEN ${fraction('h', 3)} >= 0.02 THEN ($1::timestamptz)::date - round(${ageSql(fraction('h', 1), fraction('h', 2))} * 365.25)::int END,
    x.sex::sex,
    (CASE ${ethnicity} END)::ethnic_category,
    (1 + floor(${fraction('h2', 1)} * 180)::int) || ' ' || ${pick('$9::text[]', fraction('h2', 2))},
    $10::text,
    'QZ' || $12::int || ' ' || floor(${fraction('h3', 0)} * 10)::int
      || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(${fraction('h3', 1)} * 20)::int, 1)
      || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(${fraction('h3', 2)} * 20)::int, 1),
    CASE WHEN ${fraction('h4', 0)} < 0.88 THEN '07700 900' || lpad(floor(${fraction('h4', 1)} * 1000)::int::text, 3, '0') END,
    CASE WHEN ${fraction('h4', 2)} < 0.3 THEN lower(replace(given, ' ', '')) || '.' || lower(family) || i || '@example.com' END,
    (CASE WHEN ${fraction('h4', 3)} < 0.6 THEN 'phone' WHEN ${fraction('h4', 3)} < 0.8 THEN 'text' WHEN ${fraction('h4', 3)} < 0.9 THEN 'email'
      WHEN ${fraction('h4', 3)} < 0.97 THEN 'letter' ELSE 'in_person' END)::contact_method,
    ${fraction('h2', 3)} < 0.03,
    CASE WHEN ${fraction('h2', 3)} < 0.03 THEN (ARRAY['Polish', 'Urdu', 'Bengali', 'Romanian', 'Arabic', 'Punjabi'])[1 + floor(${fraction('h2', 3)} / 0.03 * 6)::int] END,
    CASE WHEN ${fraction('h5', 3)} >= 0.02 THEN ${pick('$5::uuid[]', fraction('h5', 0))} END,
    $1::timestamptz - interval '1200 days', $1::timestamptz - interval '1200 days'
  FROM generate_series($2::int, $3::int) i
  CROSS JOIN LATERAL (SELECT ${digest('person-1', 'i')} AS h, ${digest('person-2', 'i')} AS h2, ${digest('person-3', 'i')} AS h3,
    ${digest('person-4', 'i')} AS h4, ${digest('person-5', 'i')} AS h5 OFFSET 0) d
  CROSS JOIN LATERAL (SELECT CASE WHEN ${fraction('h', 0)} < 0.57 THEN 'female' WHEN ${fraction('h', 0)} < 0.98 THEN 'male'
    WHEN ${fraction('h', 0)} < 0.988 THEN 'not_known' WHEN ${fraction('h', 0)} < 0.99 THEN 'indeterminate' END AS sex OFFSET 0) x
  CROSS JOIN LATERAL (SELECT
    CASE WHEN x.sex = 'female' OR (x.sex IS DISTINCT FROM 'male' AND ${fraction('h2', 2)} < 0.5)
      THEN ${pick('$6::text[]', fraction('h5', 1))} ELSE ${pick('$7::text[]', fraction('h5', 1))} END AS given,
    ${pick('$8::text[]', fraction('h5', 2))} AS family OFFSET 0) names
  CROSS JOIN LATERAL (SELECT (11 - (SELECT sum(substr(${firstNine}, k, 1)::int * (11 - k)) FROM generate_series(1, 9) k) % 11) % 11 AS check_digit) n`;
}

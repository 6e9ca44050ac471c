import { KITH_SERVICES_TABLE } from './onward-sql.ts';
import { fraction, pick, uuidFrom, weighted } from './sql-blocks.ts';

/**
 * The synthetic community directory: providers (a tenth as many as services, a few large ones
 * with many services; the largest are also VCSE organisations in Kith) and services with Kith's
 * curation fields spread as a real directory's are — capacity, typical wait, referral route,
 * funding and when it ends, verification — each meeting need terms from the seeded taxonomy.
 */
type Digest = (label: string, ...parts: string[]) => string;

export const SERVICE_PLAN_TABLE = 'kith_synthetic_service_plan';

export const CREATE_SERVICE_PLAN = `
  CREATE TABLE ${SERVICE_PLAN_TABLE} (
    seq int PRIMARY KEY, id uuid NOT NULL, provider_id uuid NOT NULL, activity int NOT NULL, grp int NOT NULL,
    capacity capacity_status NOT NULL, wait_days int, route referral_route NOT NULL, archived boolean NOT NULL,
    h text NOT NULL, h2 text NOT NULL
  )`;

export const CREATE_KITH_SERVICES = `
  CREATE TABLE ${KITH_SERVICES_TABLE} (
    grp int NOT NULL, rank int NOT NULL, service_id uuid NOT NULL, provider_id uuid NOT NULL,
    capacity capacity_status NOT NULL, wait_days int, PRIMARY KEY (grp, rank)
  )`;

const providerId = (digest: Digest, n: string) => uuidFrom(digest('provider', n));

/** $1 anchor, $2 how many, $3 names, $4 Kith VCSE organisation ids (the first providers'), $5 preset. */
export function insertProvidersSql(digest: Digest): string {
  return `
  INSERT INTO dir_organizations (id, name, description, email, website, uri, kith_organisation_id, created_at, updated_at)
  SELECT ${providerId(digest, 'n')}, ($3::text[])[n],
    'A local voluntary organisation helping people stay well and connected.',
    'hello' || n || '@example.org', 'https://example.org/providers/' || n,
    'urn:kith:synthetic:' || $5::text || ':provider:' || n,
    ($4::uuid[])[n],
    $1::timestamptz - (400 + ${fraction('h', 0)} * 2000) * interval '1 day',
    $1::timestamptz - ${fraction('h', 1)} * 200 * interval '1 day'
  FROM generate_series(1, $2::int) n
  CROSS JOIN LATERAL (SELECT ${digest('provider-fields', 'n')} AS h OFFSET 0) d`;
}

const CAPACITY: [string, number?][] = [['open', 0.5], ['limited', 0.72], ['waiting_list', 0.9], ['closed']];
const ROUTES: [string, number?][] = [['kith_referral', 0.3], ['self_referral', 0.65], ['signpost']];

/** $1 anchor, $2 first, $3 last, $4 providers, $5 need group of each activity (int[]). */
export function insertServicePlanSql(digest: Digest): string {
  return `
  INSERT INTO ${SERVICE_PLAN_TABLE} (seq, id, provider_id, activity, grp, capacity, wait_days, route, archived, h, h2)
  SELECT s, ${uuidFrom(digest('service', 's'))},
    ${providerId(digest, `(1 + floor(power(${fraction('h', 0)}, 2.2) * $4::int))::int`)},
    1 + (s - 1) % cardinality($5::int[]), ($5::int[])[1 + (s - 1) % cardinality($5::int[])],
    c.capacity,
    CASE c.capacity WHEN 'open' THEN CASE WHEN ${fraction('h', 2)} < 0.6 THEN floor(${fraction('h', 3)} * 11)::int END
      WHEN 'limited' THEN 7 + floor(${fraction('h', 3)} * 22)::int
      WHEN 'waiting_list' THEN 21 + floor(power(${fraction('h', 3)}, 1.5) * 120)::int END,
    ${weighted(fraction('h2', 0), ROUTES, 'referral_route')},
    ${fraction('h2', 1)} < 0.02, h, h2
  FROM generate_series($2::int, $3::int) s
  CROSS JOIN LATERAL (SELECT ${digest('service-1', 's')} AS h, ${digest('service-2', 's')} AS h2 OFFSET 0) d
  CROSS JOIN LATERAL (SELECT ${weighted(fraction('h', 1), CAPACITY, 'capacity_status')} AS capacity OFFSET 0) c`;
}

const STATUS: [string, number?][] = [['active', 0.95], ['inactive', 0.98], ['temporarily closed']];
const FUNDING: [string, number?][] = [
  ['funded', 0.4],
  ['time_limited', 0.65],
  ['at_risk', 0.75],
  ['unfunded', 0.83],
  ['unknown'],
];

/**
 * Funding: a fixed period for a quarter of services (ending anywhere from six weeks ago to two
 * years ahead), "at risk" for a tenth (ending within about six months), an end date for some
 * funded ones. $1 anchor, $2 first, $3 last, $4 places, $5 activity titles, $6 activity blurbs.
 */
export function insertServicesSql(digest: Digest): string {
  return `
  INSERT INTO dir_services (id, organization_id, name, description, url, email, status, capacity_status, typical_wait_days,
    referral_route, funding_status, funded_until, last_verified_at, archived_at, created_at, updated_at)
  SELECT p.id, p.provider_id, ${pick('$4::text[]', fraction('h3', 0))} || ' ' || ($5::text[])[p.activity],
    ($6::text[])[p.activity],
    'https://example.org/services/' || p.seq,
    CASE WHEN ${fraction('h3', 1)} < 0.3 THEN 'service' || p.seq || '@example.org' END,
    ${weighted(fraction('h3', 2), STATUS, 'oruk_service_status')},
    p.capacity, p.wait_days, p.route, f.funding,
    CASE f.funding
      WHEN 'time_limited' THEN ($1::timestamptz + (-45 + ${fraction('h4', 0)} * 775) * interval '1 day')::date
      WHEN 'at_risk' THEN ($1::timestamptz + (-20 + ${fraction('h4', 0)} * 200) * interval '1 day')::date
      WHEN 'funded' THEN CASE WHEN ${fraction('h4', 1)} < 0.3 THEN ($1::timestamptz + (200 + ${fraction('h4', 0)} * 900) * interval '1 day')::date END
    END,
    CASE WHEN ${fraction('h4', 2)} < 0.7 THEN $1::timestamptz - ${fraction('h4', 3)} * 180 * interval '1 day'
      WHEN ${fraction('h4', 2)} < 0.95 THEN $1::timestamptz - (190 + ${fraction('h4', 3)} * 700) * interval '1 day' END,
    CASE WHEN p.archived THEN $1::timestamptz - ${fraction('h3', 3)} * 300 * interval '1 day' END,
    $1::timestamptz - (400 + ${fraction('h3', 3)} * 1500) * interval '1 day',
    $1::timestamptz - ${fraction('h4', 3)} * 180 * interval '1 day'
  FROM ${SERVICE_PLAN_TABLE} p
  CROSS JOIN LATERAL (SELECT ${digest('service-3', 'p.seq')} AS h3, ${digest('service-4', 'p.seq')} AS h4 OFFSET 0) d
  CROSS JOIN LATERAL (SELECT ${weighted(fraction('p.h2', 2), FUNDING, 'funding_status')} AS funding OFFSET 0) f
  WHERE p.seq BETWEEN $2::int AND $3::int`;
}

/** The activity's need term, and for a third of services one more. $2 first, $3 last, $4 term per activity ('' if none), $5 every child term. */
export function insertServiceTermsSql(digest: Digest): string {
  return `
  INSERT INTO dir_attributes (id, link_id, link_type, link_entity, taxonomy_term_id)
  SELECT ${uuidFrom(digest('attribute', 'p.seq', 'v.k'))}, p.id, 'service', 'service', v.term::uuid
  FROM ${SERVICE_PLAN_TABLE} p
  CROSS JOIN LATERAL (VALUES (1, ($4::text[])[p.activity]),
    (2, CASE WHEN ${fraction('p.h2', 3)} < 0.33 AND cardinality($5::text[]) > 0 THEN ${pick('$5::text[]', `(${fraction('p.h2', 3)} / 0.33)`)} END)) AS v(k, term)
  WHERE p.seq BETWEEN $2::int AND $3::int AND v.term IS NOT NULL AND v.term <> ''
    AND NOT (v.k = 2 AND v.term = ($4::text[])[p.activity])`;
}

/** Services taking referrals through Kith, numbered by popularity within their need group and overall (group 0). */
export const INSERT_KITH_SERVICES = `
  INSERT INTO ${KITH_SERVICES_TABLE} (grp, rank, service_id, provider_id, capacity, wait_days)
  SELECT grp, row_number() OVER (PARTITION BY grp ORDER BY seq), id, provider_id, capacity, wait_days
  FROM ${SERVICE_PLAN_TABLE} WHERE route = 'kith_referral' AND grp > 0
  UNION ALL
  SELECT 0, row_number() OVER (ORDER BY seq), id, provider_id, capacity, wait_days
  FROM ${SERVICE_PLAN_TABLE} WHERE route = 'kith_referral'`;

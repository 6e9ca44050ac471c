import { DIRECTORY_SETTINGS } from './directory-settings.ts';
import { AREA, THEMES } from './directory-vocabulary.ts';
import { digest, fraction, gaussian, pick, uuidFrom, weighted } from './seed-sql.ts';
import { cellNearSql, postcodeOfCellSql } from './synthetic-postcodes.ts';

/**
 * The generator's statements: constant SQL text (every value a parameter), one per table, each
 * inserting a batch of services' rows from `generate_series`. Ids are md5 of a label and the row's
 * sequence number, so a service's locations and details can name it without reading it back.
 */

const organisationId = (seq: string) => uuidFrom(digest('organisation', seq));
const serviceId = (seq: string) => uuidFrom(digest('service', seq));
const locationId = (seq: string) => uuidFrom(digest('location', seq));
/** The theme of service `s`: cycles evenly through THEMES (1-based, for SQL arrays). */
const THEME_OF = (s: string) => `(1 + (${s} - 1) % ${THEMES.length})`;

/** $1 anchor, $2 first, $3 last, $4 places, $5 kinds. */
export const INSERT_ORGANISATIONS = `
  INSERT INTO dir_organizations (id, name, description, email, website, created_at, updated_at)
  SELECT ${organisationId('s')},
         ${pick('$4::text[]', fraction('h', 0))} || ' ' || ${pick('$5::text[]', fraction('h', 1))},
         'A local charity helping people stay well and connected.',
         'hello' || s || '@example.org',
         'https://example.org/organisations/' || s,
         $1::timestamptz - (600 + ${fraction('h', 2)} * 2000) * interval '1 day',
         $1::timestamptz - ${fraction('h', 3)} * 200 * interval '1 day'
  FROM (SELECT s, ${digest('organisation-fields', 's')} AS h FROM generate_series($2::int, $3::int) AS s) AS g`;

const CAPACITY: [string, number?][] = [['open', 0.55], ['limited', 0.75], ['waiting_list', 0.9], ['closed']];
const ROUTES: [string, number?][] = [['signpost', 0.45], ['self_referral', 0.8], ['kith_referral']];
const FUNDING: [string, number?][] = [['funded', 0.4], ['time_limited', 0.6], ['at_risk', 0.7], ['unfunded', 0.8], ['unknown']];
const STATUS: [string, number?][] = [['active', 0.94], ['inactive', 0.97], ['temporarily closed']];

/** Whether service `s` (with `service-c` digest `h3`) charges: 30 %, and the amount. */
const PAID = (h3: string) => `(${fraction(h3, 2)} < 0.3)`;
const AMOUNT = (h3: string) => `(2 + floor(${fraction(h3, 0)} * 8)::int)`;

/** $1 anchor, $2 first, $3 last, $4 organisations, $5 places, $6 theme titles, $7 theme blurbs, $8 extra sentences. */
export const INSERT_SERVICES = `
  INSERT INTO dir_services (id, organization_id, name, description, url, email, status, fees, minimum_age, maximum_age,
    capacity_status, typical_wait_days, referral_route, funding_status, funded_until, last_verified_at, archived_at,
    created_at, updated_at)
  SELECT ${serviceId('s')},
         ${organisationId(`(1 + floor(${fraction('h', 0)} * $4::int)::int)::text`)},
         ${pick('$5::text[]', fraction('h', 1))} || ' ' || ($6::text[])[theme],
         ($7::text[])[theme] || ' ' || ${pick('$8::text[]', fraction('h2', 0))} || ' ' || ${pick('$8::text[]', fraction('h2', 1))},
         'https://example.org/services/' || s,
         CASE WHEN ${fraction('h3', 3)} < 0.3 THEN 'service' || s || '@example.org' END,
         ${weighted(fraction('h2', 2), STATUS, 'oruk_service_status')},
         CASE WHEN ${PAID('h3')} THEN '£' || ${AMOUNT('h3')} || ' a session' END,
         CASE WHEN ${fraction('h3', 1)} < 0.4 THEN 18 WHEN ${fraction('h3', 1)} < 0.5 THEN 50
              WHEN ${fraction('h3', 1)} < 0.55 THEN 65 WHEN ${fraction('h3', 1)} < 0.6 THEN 11 END,
         CASE WHEN ${fraction('h3', 1)} >= 0.55 AND ${fraction('h3', 1)} < 0.6 THEN 25 END,
         capacity,
         CASE capacity WHEN 'waiting_list' THEN 14 + floor(${fraction('h', 3)} * 110)::int
                       WHEN 'limited' THEN floor(${fraction('h', 3)} * 21)::int
                       ELSE CASE WHEN ${fraction('h', 3)} < 0.6 THEN 0 END END,
         ${weighted(fraction('h', 2), ROUTES, 'referral_route')},
         funding,
         CASE WHEN funding IN ('time_limited', 'at_risk')
              THEN ($1::timestamptz + (30 + ${fraction('h2', 3)} * 600) * interval '1 day')::date END,
         CASE WHEN ${fraction('h4', 0)} < 0.7 THEN $1::timestamptz - ${fraction('h4', 1)} * 180 * interval '1 day'
              WHEN ${fraction('h4', 0)} < 0.95 THEN $1::timestamptz - (190 + ${fraction('h4', 1)} * 700) * interval '1 day' END,
         CASE WHEN ${fraction('h4', 2)} < 0.02 THEN $1::timestamptz - ${fraction('h4', 3)} * 300 * interval '1 day' END,
         $1::timestamptz - (400 + ${fraction('h4', 3)} * 1500) * interval '1 day',
         $1::timestamptz - ${fraction('h4', 1)} * 180 * interval '1 day'
  FROM (
    SELECT s, h, h2, h3, h4, ${THEME_OF('s')} AS theme,
           ${weighted(fraction('h5', 0), CAPACITY, 'capacity_status')} AS capacity,
           ${weighted(fraction('h5', 1), FUNDING, 'funding_status')} AS funding
    FROM (SELECT s, ${digest('service-a', 's')} AS h, ${digest('service-b', 's')} AS h2, ${digest('service-c', 's')} AS h3,
                 ${digest('service-d', 's')} AS h4, ${digest('service-e', 's')} AS h5
          FROM generate_series($2::int, $3::int) AS s) AS seeds
  ) AS g`;

/**
 * Locations, their addresses and service-at-location rows, in one statement per batch.
 * 80 % of services sit around a town (weighted: bigger towns get more and spread wider), the rest
 * anywhere in the area; a service's second location is within about 2 km of its first.
 * $1 anchor, $2 first, $3 last, $4 town latitudes, $5 town longitudes, $6 spread per town,
 * $7 town slots (indexes repeated by weight), $8 town names, $9 places, $10 venues, $11 streets,
 * $12 postcode letters.
 */
export const INSERT_LOCATIONS = `
  WITH centre AS (
    SELECT s, hp, c,
           CASE WHEN clustered THEN ($4::float8[])[c] + ${gaussian(fraction('hp', 2), fraction('hp', 3))} * 0.04 * ($6::float8[])[c]
                ELSE ${AREA.south} + ${fraction('hp', 2)} * ${AREA.north - AREA.south} END AS lat0,
           CASE WHEN clustered THEN ($5::float8[])[c] + ${gaussian(fraction('hp', 2), fraction('hp', 3), true)} * 0.065 * ($6::float8[])[c]
                ELSE ${AREA.west} + ${fraction('hp', 3)} * ${AREA.east - AREA.west} END AS lon0,
           CASE WHEN clustered THEN ($8::text[])[c] ELSE ${pick('$9::text[]', fraction('hp', 1))} || ' Green' END AS town
    FROM (SELECT s, hp, ${fraction('hp', 0)} < 0.8 AS clustered, ${pick('$7::int[]', fraction('hp', 1))} AS c
          FROM (SELECT s, ${digest('place', 's')} AS hp FROM generate_series($2::int, $3::int) AS s) AS seeds) AS chosen
  ),
  locs AS (
    SELECT s, lseq, hl, town,
           LEAST(${AREA.north}, GREATEST(${AREA.south}, lat0 + k * (${fraction('hl', 0)} - 0.5) * 0.04)) AS lat,
           LEAST(${AREA.east}, GREATEST(${AREA.west}, lon0 + k * (${fraction('hl', 1)} - 0.5) * 0.06)) AS lon
    FROM centre
    CROSS JOIN generate_series(0, ${DIRECTORY_SETTINGS.dataset.locationsPerService - 1}) AS k
    CROSS JOIN LATERAL (SELECT (s - 1) * ${DIRECTORY_SETTINGS.dataset.locationsPerService} + k + 1 AS lseq) AS numbered
    CROSS JOIN LATERAL (SELECT ${digest('location-fields', 'lseq')} AS hl) AS seeded
  ),
  inserted_locations AS (
    INSERT INTO dir_locations (id, location_type, name, latitude, longitude, accessibility, created_at, updated_at)
    SELECT ${locationId('lseq')}, 'physical',
           ${pick('$9::text[]', fraction('hl', 1))} || ' ' || ${pick('$10::text[]', fraction('hl', 2))},
           lat, lon,
           CASE WHEN ${fraction('hl', 3)} < 0.5 THEN 'Step-free access and an accessible toilet' END,
           $1::timestamptz - (400 + ${fraction('hl', 2)} * 1500) * interval '1 day',
           $1::timestamptz - ${fraction('hl', 3)} * 180 * interval '1 day'
    FROM locs
  ),
  inserted_addresses AS (
    INSERT INTO dir_addresses (id, location_id, address_1, city, state_province, postal_code, country, address_type)
    SELECT ${uuidFrom(digest('address', 'lseq'))}, ${locationId('lseq')},
           (1 + floor(${fraction('hl', 0)} * 180)::int) || ' ' || ${pick('$11::text[]', fraction('hl', 3))},
           town, 'England', ${postcodeOfCellSql(cellNearSql('lat', 'lon'), '$12::text')}, 'GB', 'physical'
    FROM locs
  )
  INSERT INTO dir_service_at_locations (id, service_id, location_id)
  SELECT ${uuidFrom(digest('service-at-location', 'lseq'))}, ${serviceId('s')}, ${locationId('lseq')}
  FROM locs`;

/**
 * The theme's one or two need terms, and for 30 % of services one more child term (1–3 in all).
 * $1 first, $2 last, $3 first term per theme, $4 second term per theme ('' if none), $5 every child term.
 */
export const INSERT_ATTRIBUTES = `
  INSERT INTO dir_attributes (id, link_id, link_type, link_entity, taxonomy_term_id)
  SELECT ${uuidFrom(digest('attribute', 's', 'k'))}, ${serviceId('s')}, 'service', 'service', term::uuid
  FROM (SELECT s, ${THEME_OF('s')} AS theme, ${digest('terms', 's')} AS h FROM generate_series($1::int, $2::int) AS s) AS g
  CROSS JOIN LATERAL (VALUES (1, ($3::text[])[theme]), (2, ($4::text[])[theme]),
                             (3, CASE WHEN ${fraction('h', 0)} < 0.3 THEN ${pick('$5::text[]', fraction('h', 1))} END)) AS v(k, term)
  WHERE term IS NOT NULL AND term <> '' AND NOT (k = 3 AND term IN (($3::text[])[theme], ($4::text[])[theme]))`;

export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'MO,WE', 'TU,TH', 'MO,WE,FR', 'TU,FR'];
export const OPENS = ['09:00', '09:30', '10:00', '10:30', '13:00', '14:00', '18:00'];
export const CLOSES = ['11:00', '12:00', '12:00', '12:30', '15:00', '16:00', '20:00'];

/** A weekly schedule per service. $1 first, $2 last, $3 BYDAY, $4 opens, $5 closes. */
export const INSERT_SCHEDULES = `
  INSERT INTO dir_schedules (id, service_id, freq, interval, byday, opens_at, closes_at, description)
  SELECT ${uuidFrom(digest('schedule', 's'))}, ${serviceId('s')}, 'WEEKLY', 1, ${pick('$3::text[]', fraction('h', 0))},
         ($4::text[])[i], ($5::text[])[i], 'Every week'
  FROM (SELECT s, h, 1 + floor(${fraction('h', 1)} * cardinality($4::text[]))::int AS i
        FROM (SELECT s, ${digest('schedule-fields', 's')} AS h FROM generate_series($1::int, $2::int) AS s) AS seeds) AS g`;

/** A phone per service (Ofcom's drama range, 01632), and cost options for the 30 % that charge. $1 first, $2 last. */
export const INSERT_PHONES = `
  INSERT INTO dir_phones (id, service_id, number, type)
  SELECT ${uuidFrom(digest('phone', 's'))}, ${serviceId('s')}, '01632 ' || lpad((s % 1000000)::text, 6, '0'), 'voice'
  FROM generate_series($1::int, $2::int) AS s`;

export const INSERT_COST_OPTIONS = `
  INSERT INTO dir_cost_options (id, service_id, option, amount, currency, amount_description)
  SELECT ${uuidFrom(digest('cost-option', 's'))}, ${serviceId('s')}, 'Per session', ${AMOUNT('h3')}, 'GBP',
         '£' || ${AMOUNT('h3')} || ' a session'
  FROM (SELECT s, ${digest('service-c', 's')} AS h3 FROM generate_series($1::int, $2::int) AS s) AS g
  WHERE ${PAID('h3')}`;

/**
 * The search baseline: plain SQL, written by hand from reading the directory search
 * (packages/server/src/modules/directory/service-search-repository.ts, service-summary-repository.ts
 * and service-search-service.ts), doing the same work for `GET /api/directory/services` with words,
 * one need, a postcode, a radius and open-to-referrals: the same filters, ranking, paging, total and
 * page columns, one statement per round trip the app makes (the search and the page's terms in one
 * transaction that first sets the word-search settings, as the app does). Nothing here goes through Drizzle,
 * Fastify or Kith's services; only the bounding box is computed in TypeScript, as the app does.
 */

const EARTH_RADIUS_KM = 6371.0088;

/**
 * A search by words first sets, for its own transaction only, pg_trgm's word-similarity threshold
 * (0.6 → 0.5, so one typo still matches) and `enable_seqscan = off` (so the planner takes the GIN
 * indexes). $1 the threshold as text.
 */
export const SET_WORD_SEARCH_SETTINGS = `SELECT set_config('pg_trgm.word_similarity_threshold', $1, true),
  set_config('enable_seqscan', 'off', true)`;
export const WORD_SIMILARITY_THRESHOLD = '0.5';

/** `requireCentroid`: the postcode's centroid. $1 postcode ("AB1 2CD"). */
export const POSTCODE_CENTROID = `SELECT postcode, latitude, longitude FROM postcodes WHERE postcode = $1 LIMIT 1`;

/**
 * The search itself: need terms with their children, each service's nearest location inside the
 * radius (a latitude/longitude box first, then the haversine distance), the filters, the score
 * (relevance × 0.6 when stale × distance decay), the page with its total, then the page's display
 * columns (the nearest location with its coordinates, the first phone, an email). $1 words, $2 need
 * term ids, $3 latitude, $4 longitude, $5 radius km, $6–$9 the box (min lat, max lat, min lon,
 * max lon), $10 months before a service is stale, $11 limit, $12 offset,
 * $13 the words joined by "or" (ranking counts any of them; see `anyWordsQueryText`).
 */
export const SEARCH_SERVICES = `
  WITH RECURSIVE need_terms(id) AS (
    SELECT t.id FROM dir_taxonomy_terms t WHERE t.id = ANY($2::uuid[])
    UNION
    SELECT child.id FROM dir_taxonomy_terms child JOIN need_terms p ON child.parent_id = p.id
  ),
  nearby AS (
    SELECT DISTINCT ON (sal.service_id) sal.service_id, l.id AS location_id, d.km
    FROM dir_locations l
    CROSS JOIN LATERAL (SELECT ${2 * EARTH_RADIUS_KM}::float8 * asin(sqrt(least(1::float8,
        power(sin(radians(l.latitude - $3::float8) / 2), 2)
        + cos(radians($3::float8)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $4::float8) / 2), 2)))) AS km) d
    JOIN dir_service_at_locations sal ON sal.location_id = l.id
    WHERE l.latitude BETWEEN $6::float8 AND $7::float8
      AND l.longitude BETWEEN $8::float8 AND $9::float8
      AND l.location_type = 'physical'
      AND d.km <= $5::float8
    ORDER BY sal.service_id, d.km
  ),
  word_terms AS MATERIALIZED (
    SELECT t.id, ts_rank(setweight(to_tsvector('english', t.name), 'A')
        || setweight(to_tsvector('english', coalesce(t.description, '')), 'B'), q.query)::float8 AS rank
    FROM dir_taxonomy_terms t, (SELECT websearch_to_tsquery('english', $13::text) AS query) q
    WHERE (setweight(to_tsvector('english', t.name), 'A')
        || setweight(to_tsvector('english', coalesce(t.description, '')), 'B')) @@ q.query
    ORDER BY t.id
  ),
  matches AS (
    SELECT s.id, s.name, (s.last_verified_at IS NULL OR s.last_verified_at < now() - make_interval(months => $10::int)) AS stale,
      (ts_rank(s.search_vector, websearch_to_tsquery('english', $13::text))::float8
        + word_similarity(lower($1::text), s.search_text)::float8
        + coalesce((SELECT max(w.rank) FROM word_terms w
            JOIN dir_attributes a ON a.taxonomy_term_id = w.id AND a.link_type = 'service' AND a.link_id = s.id), 0)::float8)
        * (CASE WHEN (s.last_verified_at IS NULL OR s.last_verified_at < now() - make_interval(months => $10::int)) THEN 0.6::float8 ELSE 1::float8 END)
        * (1::float8 / (1 + n.km / $5::float8)) AS score,
      n.km, n.location_id, count(*) OVER ()::int AS total
    FROM dir_services s
    JOIN nearby n ON n.service_id = s.id
    WHERE s.archived_at IS NULL
      AND s.status <> 'defunct'
      AND (s.search_vector @@ websearch_to_tsquery('english', $1::text) OR lower($1::text) <% s.search_text)
      AND s.id IN (SELECT a.link_id FROM dir_attributes a
                   WHERE a.link_type = 'service' AND a.taxonomy_term_id IN (SELECT id FROM need_terms))
      AND s.capacity_status <> 'closed' AND s.status = 'active'
    ORDER BY score DESC, km ASC NULLS LAST, name, id
    LIMIT $11::int OFFSET $12::int
  )
  SELECT s.id, s.name, s.description, s.organization_id, o.name AS organisation_name,
    s.status::text AS status, s.capacity_status::text AS capacity_status, s.typical_wait_days,
    s.referral_route::text AS referral_route, s.funding_status::text AS funding_status,
    s.funded_until::text AS funded_until,
    to_char(s.last_verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_verified_at,
    m.stale, s.archived_at IS NOT NULL AS archived,
    NOT EXISTS (SELECT 1 FROM dir_cost_options c WHERE c.service_id = s.id AND c.amount > 0) AS free,
    m.km, loc.name AS location_name, loc.postcode AS location_postcode,
    loc.latitude AS location_latitude, loc.longitude AS location_longitude,
    coalesce(
      (SELECT p.number FROM dir_phones p WHERE p.service_id = s.id AND p.number <> '' ORDER BY p.id LIMIT 1),
      (SELECT p.number FROM dir_contacts c JOIN dir_phones p ON p.contact_id = c.id
        WHERE c.service_id = s.id AND p.number <> '' ORDER BY c.id, p.id LIMIT 1)
    ) AS phone,
    coalesce(nullif(s.email, ''),
      (SELECT c.email FROM dir_contacts c WHERE c.service_id = s.id AND c.email <> '' ORDER BY c.id LIMIT 1)
    ) AS email,
    m.total
  FROM matches m
  JOIN dir_services s ON s.id = m.id
  JOIN dir_organizations o ON o.id = s.organization_id
  LEFT JOIN LATERAL (
    SELECT coalesce(l.name, '') AS name, l.latitude, l.longitude,
      (SELECT nullif(a.postal_code, '') FROM dir_addresses a WHERE a.location_id = l.id ORDER BY a.postal_code DESC LIMIT 1) AS postcode
    FROM dir_service_at_locations sal JOIN dir_locations l ON l.id = sal.location_id
    WHERE sal.service_id = m.id AND (m.location_id IS NULL OR l.id = m.location_id)
    ORDER BY (l.location_type = 'physical') DESC, l.name
    LIMIT 1
  ) loc ON true
  ORDER BY m.score DESC, m.km ASC NULLS LAST, m.name, m.id`;

/** The words as the ranking reads them: any one of them counts ("food bank" → "food or bank"). */
export function anyWordsQueryText(words: string): string {
  return words
    .split(/\s+/)
    .map((w) => w.replace(/^-+|"/g, ''))
    .filter((w) => w.length > 0)
    .join(' or ');
}

/** The page's need terms, by service. $1 the page's service ids. */
export const TERMS_OF_SERVICES = `
  SELECT a.link_id AS service_id, t.id, t.name
  FROM dir_attributes a
  JOIN dir_taxonomy_terms t ON t.id = a.taxonomy_term_id
  WHERE a.link_id = ANY($1::uuid[]) AND a.link_type = 'service'
  ORDER BY t.name`;

/** The smallest latitude/longitude box around a circle (as the search does before measuring distance). */
export function boxAround(latitude: number, longitude: number, radiusKm: number) {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const degrees = (radians: number) => (radians * 180) / Math.PI;
  const spread = degrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos((latitude * Math.PI) / 180))));
  return {
    minLat: latitude - degrees(angular),
    maxLat: latitude + degrees(angular),
    minLon: longitude - spread,
    maxLon: longitude + spread,
  };
}

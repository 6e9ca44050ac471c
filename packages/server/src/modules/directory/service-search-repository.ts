import type { Weekday } from '@kith/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type SummaryPage, staleSql, summaryPage, summaryPageSql } from './service-summary-repository.ts';

/**
 * Directory search as one SQL query (the page and its total) plus one for the page's terms
 * (and, for a words search, one statement of transaction-local settings). Written for 100,000
 * services / 200,000 locations: each filter says which index serves it. Distance is plain SQL
 * (haversine) — no PostGIS (not in PGlite) nor earthdistance (an extension to load on both) —
 * behind a latitude/longitude bounding box that the btree `dir_locations_lat_lon_idx
 * (latitude, longitude)` answers. Every value is a bound parameter.
 */

export interface SearchCriteria {
  words: string | null;
  needIds: string[];
  centre: { latitude: number; longitude: number; radiusKm: number } | null;
  age: number | null;
  day: Weekday | null;
  time: string | null;
  openToReferrals: boolean;
  maxWaitDays: number | null;
  freeOnly: boolean;
  staleAfterMonths: number;
  limit: number;
  offset: number;
}

/** Ranking weights: a stale service keeps 60% of its score; distance halves it at the radius's edge. */
const FRESH_FACTOR = 1;
const STALE_FACTOR = 0.6;
const EARTH_RADIUS_KM = 6371.0088;
/** pg_trgm's default (0.6) misses "gardning" for "gardening" (0.58); 0.5 still rejects unrelated words. */
const WORD_SIMILARITY_THRESHOLD = 0.5;

export async function searchServiceRows(db: DbOrTx, c: SearchCriteria): Promise<SummaryPage> {
  const { matches, order } = searchMatchesSql(c);
  if (!c.words) return summaryPage(db, matches, order);
  return db.transaction(async (tx) => {
    await tx.execute(wordSearchSettings());
    return summaryPage(tx, matches, order);
  });
}

/**
 * Settings for a search by words, local to its transaction:
 * - `<%` (the operator the trigram index serves) compares against a setting, not an argument:
 *   lowered so one typo in a word still matches;
 * - the planner does not know that `<%` costs ~30 µs a row, so for a words search without a
 *   postcode it prefers a sequential scan of every service (measured: 1.8 s at 100,000
 *   services) over the BitmapOr of the two GIN indexes (0.14 s). Discouraging sequential scans
 *   makes it take the indexes; with a postcode it still starts from the location index.
 */
export const wordSearchSettings = () =>
  sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
    set_config('enable_seqscan', 'off', true)`;

/** The whole search as one statement, for EXPLAIN and benchmarks: exactly what the API runs. */
export function searchPageSql(c: SearchCriteria): SQL {
  const { matches, order } = searchMatchesSql(c);
  return summaryPageSql(matches, order);
}

/** The CTEs that filter, rank and page: `[need_terms,] [nearby,] [word_terms,] matches`. */
function searchMatchesSql(c: SearchCriteria): { matches: SQL; order: SQL } {
  const ctes: SQL[] = [];
  if (c.needIds.length > 0) ctes.push(needTermsCte(c.needIds));
  if (c.centre) ctes.push(nearbyCte(c.centre));
  if (c.words) ctes.push(wordTermsCte(c.words));
  const stale = staleSql(c.staleAfterMonths);
  const relevance = c.words ? wordRelevance(c.words) : sql`1::float8`;
  const decay = c.centre ? sql`(1::float8 / (1 + n.km / ${c.centre.radiusKm}::float8))` : sql`1::float8`;
  const score = sql`${relevance} * (CASE WHEN ${stale} THEN ${STALE_FACTOR}::float8 ELSE ${FRESH_FACTOR}::float8 END) * ${decay}`;
  ctes.push(sql`matches AS (
    SELECT s.id, s.name, ${stale} AS stale, ${score} AS score,
      ${c.centre ? sql`n.km` : sql`NULL::float8`} AS km,
      ${c.centre ? sql`n.location_id` : sql`NULL::uuid`} AS location_id,
      count(*) OVER ()::int AS total
    FROM dir_services s
    ${c.centre ? sql`JOIN nearby n ON n.service_id = s.id` : sql``}
    WHERE ${sql.join(filters(c), sql` AND `)}
    ORDER BY score DESC, km ASC NULLS LAST, name, id
    LIMIT ${c.limit}::int OFFSET ${c.offset}::int)`);
  return { matches: sql.join(ctes, sql`, `), order: sql`m.score DESC, m.km ASC NULLS LAST, m.name, m.id` };
}

/**
 * The words as a query that any one of them satisfies ("food bank" → 'food' | 'bank'), for
 * ranking only: the filter keeps websearch's all-words query, but a service matching some of the
 * words (or matching them in its name rather than its description) should still outrank one that
 * only shares a few letters. websearch_to_tsquery reads "or" and never raises on odd input.
 */
const anyWordQuery = (words: string) =>
  sql`websearch_to_tsquery('english', ${words
    .split(/\s+/)
    .map((w) => w.replace(/^-+|"/g, ''))
    .filter((w) => w.length > 0)
    .join(' or ')}::text)`;

/**
 * Relevance of a words search, summed: full text with any of the words (name weighted above
 * description by the generated `search_vector`), word similarity (typo tolerance: at least the
 * 0.5 threshold for a row matched by spelling) and the best of the service’s need terms that the
 * words name — so "food bank" puts a pantry filed under "Food banks and pantries" above a garden
 * that grows food, where the text alone ties them. Computed only for the rows the filters keep; the term part is one
 * probe of `dir_attributes_link_idx` per row against the handful of rows in `word_terms`.
 */
function wordRelevance(words: string): SQL {
  return sql`(ts_rank(s.search_vector, ${anyWordQuery(words)})::float8
    + word_similarity(lower(${words}::text), s.search_text)::float8
    + coalesce((SELECT max(w.rank) FROM word_terms w
        JOIN dir_attributes a ON a.taxonomy_term_id = w.id AND a.link_type = 'service' AND a.link_id = s.id), 0)::float8)`;
}

/**
 * The need terms the words name, with how well (name above description). The terms table is a
 * taxonomy (tens to a few thousand rows), read once per search; MATERIALIZED so the per-row
 * probe above reads this small result, not the table again. `ORDER BY t.id` lets it be read
 * through the primary key: a words search turns `enable_seqscan` off, and a sequential scan
 * priced as "disabled" (+10^10) would push the whole plan past `jit_above_cost` — measured: 0.95 s
 * of JIT compiling on PostgreSQL for a 5 ms query.
 */
function wordTermsCte(words: string): SQL {
  const vector = sql`(setweight(to_tsvector('english', t.name), 'A')
    || setweight(to_tsvector('english', coalesce(t.description, '')), 'B'))`;
  return sql`word_terms AS MATERIALIZED (
    SELECT t.id, ts_rank(${vector}, q.query)::float8 AS rank
    FROM dir_taxonomy_terms t, (SELECT ${anyWordQuery(words)} AS query) q
    WHERE ${vector} @@ q.query
    ORDER BY t.id)`;
}

function filters(c: SearchCriteria): SQL[] {
  const where: SQL[] = [
    // Archived and defunct services never appear (checked on the rows the other filters leave).
    sql`s.archived_at IS NULL`,
    sql`s.status <> 'defunct'`,
  ];
  if (c.words) {
    // GIN dir_services_search_vector_idx (full text) OR GIN dir_services_search_text_trgm_idx
    // (word similarity, so "gardning" finds "gardening"): a BitmapOr of the two indexes.
    where.push(sql`(s.search_vector @@ websearch_to_tsquery('english', ${c.words}::text)
      OR lower(${c.words}::text) <% s.search_text)`);
  }
  if (c.needIds.length > 0) {
    // dir_attributes_term_idx (taxonomy_term_id, link_type): services carrying any wanted term.
    where.push(sql`s.id IN (SELECT a.link_id FROM dir_attributes a
      WHERE a.link_type = 'service' AND a.taxonomy_term_id IN (SELECT id FROM need_terms))`);
  }
  if (c.age !== null) {
    where.push(sql`(s.minimum_age IS NULL OR s.minimum_age <= ${c.age}::int)
      AND (s.maximum_age IS NULL OR s.maximum_age >= ${c.age}::int)`);
  }
  if (c.day || c.time) where.push(openAt(c.day, c.time));
  if (c.openToReferrals) where.push(sql`s.capacity_status <> 'closed' AND s.status = 'active'`);
  // A service whose wait is not known is left out: the filter promises a wait no longer than N.
  if (c.maxWaitDays !== null) where.push(sql`s.typical_wait_days <= ${c.maxWaitDays}::int`);
  if (c.freeOnly) {
    // dir_cost_options_service_idx, per remaining service.
    where.push(sql`NOT EXISTS (SELECT 1 FROM dir_cost_options c WHERE c.service_id = s.id AND c.amount > 0)`);
  }
  return where;
}

/** The wanted terms and all their descendants (dir_taxonomy_terms_parent_idx walks down). */
function needTermsCte(needIds: string[]): SQL {
  const ids = sql.join(
    needIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`need_terms(id) AS (
    SELECT t.id FROM dir_taxonomy_terms t WHERE t.id IN (${ids})
    UNION
    SELECT child.id FROM dir_taxonomy_terms child JOIN need_terms p ON child.parent_id = p.id)`;
}

/**
 * Each service's nearest physical location within the radius. The box bounds both columns of
 * `dir_locations_lat_lon_idx`; the exact great-circle distance then trims the box's corners.
 * `dir_service_at_locations_location_idx` joins the locations to their services.
 */
function nearbyCte(centre: { latitude: number; longitude: number; radiusKm: number }): SQL {
  const box = boundingBox(centre.latitude, centre.longitude, centre.radiusKm);
  const lat = sql`${centre.latitude}::float8`;
  const lon = sql`${centre.longitude}::float8`;
  const km = sql`(${2 * EARTH_RADIUS_KM}::float8 * asin(sqrt(least(1::float8,
      power(sin(radians(l.latitude - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lon}) / 2), 2)))))`;
  return sql`nearby AS (
    SELECT DISTINCT ON (sal.service_id) sal.service_id, l.id AS location_id, d.km
    FROM dir_locations l
    CROSS JOIN LATERAL (SELECT ${km} AS km) d
    JOIN dir_service_at_locations sal ON sal.location_id = l.id
    WHERE l.latitude BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
      AND l.longitude BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8
      AND l.location_type = 'physical'
      AND d.km <= ${centre.radiusKm}::float8
    ORDER BY sal.service_id, d.km)`;
}

/**
 * The smallest latitude/longitude box holding every point within `radiusKm` (the longitude
 * span is widest away from the equator, hence asin(sin r / cos φ)). Near a pole the box is every
 * longitude. The antimeridian is not handled: Kith's directory is in Great Britain.
 */
export function boundingBox(latitude: number, longitude: number, radiusKm: number) {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const degrees = (radians: number) => (radians * 180) / Math.PI;
  const minLat = latitude - degrees(angular);
  const maxLat = latitude + degrees(angular);
  if (maxLat >= 90 || minLat <= -90) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLon: -180, maxLon: 180 };
  }
  const spread = degrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos((latitude * Math.PI) / 180))));
  return { minLat, maxLat, minLon: longitude - spread, maxLon: longitude + spread };
}

/**
 * Open on the day (and at the time): a current schedule of the service itself
 * (dir_schedules_service_idx), of one of its locations (dir_schedules_location_idx through
 * dir_service_at_locations) or of the service at a location. Schedules hold HH:MM text;
 * `left(…, 5)` also reads HH:MM:SS from imports.
 */
function openAt(day: Weekday | null, time: string | null): SQL {
  const conditions: SQL[] = [
    sql`(sc.valid_from IS NULL OR sc.valid_from <= current_date)`,
    sql`(sc.valid_to IS NULL OR sc.valid_to >= current_date)`,
  ];
  if (day) conditions.push(sql`${day}::text = ANY(string_to_array(upper(replace(sc.byday, ' ', '')), ','))`);
  if (time) conditions.push(sql`left(sc.opens_at, 5) <= ${time}::text AND left(sc.closes_at, 5) > ${time}::text`);
  const match = sql.join(conditions, sql` AND `);
  return sql`s.id IN (
    SELECT sc.service_id FROM dir_schedules sc WHERE sc.service_id IS NOT NULL AND ${match}
    UNION ALL
    SELECT sal.service_id FROM dir_schedules sc JOIN dir_service_at_locations sal ON sal.location_id = sc.location_id
      WHERE ${match}
    UNION ALL
    SELECT sal.service_id FROM dir_schedules sc JOIN dir_service_at_locations sal ON sal.id = sc.service_at_location_id
      WHERE ${match})`;
}

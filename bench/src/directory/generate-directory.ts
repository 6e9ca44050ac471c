import type { Query, RawSql } from '../pathway/raw-sql.ts';
import { STREETS } from '../pathway/synthetic-text.ts';
import { roundTo } from '../support/statistics.ts';
import {
  BYDAY,
  CLOSES,
  INSERT_ATTRIBUTES,
  INSERT_COST_OPTIONS,
  INSERT_LOCATIONS,
  INSERT_ORGANISATIONS,
  INSERT_PHONES,
  INSERT_SCHEDULES,
  INSERT_SERVICES,
  OPENS,
} from './directory-inserts.ts';
import { DIRECTORY_SETTINGS } from './directory-settings.ts';
import {
  CHILD_TERMS,
  CLUSTERS,
  EXTRA_SENTENCES,
  needTerm,
  ORGANISATION_KINDS,
  PLACES,
  THEMES,
  VENUES,
} from './directory-vocabulary.ts';
import { INSERT_POSTCODE_GRID, POSTCODE_LETTERS } from './synthetic-postcodes.ts';

/**
 * Generates a community directory at the scale into a migrated database: organisations,
 * services with Kith's curation fields in a realistic spread, two locations each (with address and
 * service-at-location) clustered around towns, need terms from the seeded taxonomy, schedules,
 * phones and some cost options; plus a grid of synthetic postcode centroids over the same area.
 *
 * Bulk SQL only (`INSERT … SELECT … FROM generate_series`), one transaction per batch of services,
 * deterministic: ids and choices come from md5 of fixed labels (dates are relative to today).
 */

export interface DirectoryCounts {
  organisations: number;
  services: number;
  /** Services a search can find: not archived. */
  searchable: number;
  /** Active, not archived, capacity not "closed". */
  openToReferrals: number;
  /** Never verified, or not in the last six months. */
  stale: number;
  locations: number;
  addresses: number;
  serviceAtLocations: number;
  attributes: number;
  schedules: number;
  phones: number;
  costOptions: number;
  postcodes: number;
}

export interface GeneratedDirectory {
  counts: DirectoryCounts;
  generationSeconds: number;
  /** What was done after loading: `VACUUM ANALYZE` (PostgreSQL) or `ANALYZE` (PGlite). */
  afterLoad: string;
}

function batches(first: number, last: number, size: number): [number, number][] {
  const result: [number, number][] = [];
  for (let start = first; start <= last; start += size) result.push([start, Math.min(last, start + size - 1)]);
  return result;
}

/** Town slots: each town's index (1-based) repeated by its weight, so a uniform pick is weighted. */
function townSlots(): number[] {
  return CLUSTERS.flatMap((town, index) => Array.from({ length: town.weight }, () => index + 1));
}

async function countRows(query: Query, anchor: string): Promise<DirectoryCounts> {
  const [row] = await query<Record<keyof DirectoryCounts, string>>(
    `SELECT (SELECT count(*) FROM dir_organizations) AS organisations,
            (SELECT count(*) FROM dir_services) AS services,
            (SELECT count(*) FROM dir_services WHERE archived_at IS NULL) AS searchable,
            (SELECT count(*) FROM dir_services WHERE archived_at IS NULL AND status = 'active' AND capacity_status <> 'closed') AS "openToReferrals",
            (SELECT count(*) FROM dir_services WHERE last_verified_at IS NULL OR last_verified_at < $1::timestamptz - interval '6 months') AS stale,
            (SELECT count(*) FROM dir_locations) AS locations,
            (SELECT count(*) FROM dir_addresses) AS addresses,
            (SELECT count(*) FROM dir_service_at_locations) AS "serviceAtLocations",
            (SELECT count(*) FROM dir_attributes) AS attributes,
            (SELECT count(*) FROM dir_schedules) AS schedules,
            (SELECT count(*) FROM dir_phones) AS phones,
            (SELECT count(*) FROM dir_cost_options) AS "costOptions",
            (SELECT count(*) FROM postcodes) AS postcodes`,
    [anchor],
  );
  if (!row) throw new Error('counting the directory returned nothing');
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as unknown as DirectoryCounts;
}

/** Midnight UTC today: every generated date is relative to it. */
export function anchorDate(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();
}

export async function generateDirectory(sql: RawSql, log: (line: string) => void): Promise<GeneratedDirectory> {
  const settings = DIRECTORY_SETTINGS.dataset;
  const startedAt = performance.now();
  const seconds = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
  const anchor = anchorDate();

  await sql.query(INSERT_POSTCODE_GRID, [POSTCODE_LETTERS]);
  for (const [first, last] of batches(1, settings.organisations, settings.batchSize)) {
    await sql.transaction((query) => query(INSERT_ORGANISATIONS, [anchor, first, last, PLACES, ORGANISATION_KINDS]));
  }
  log(`  ${sql.backend}: postcode grid and ${settings.organisations.toLocaleString('en-GB')} organisations (${seconds()})`);

  const towns = [
    CLUSTERS.map((town) => town.latitude),
    CLUSTERS.map((town) => town.longitude),
    CLUSTERS.map((town) => Math.sqrt(town.weight)),
    townSlots(),
    CLUSTERS.map((town) => town.town),
  ];
  const firstTerms = THEMES.map((theme) => needTerm(theme.terms[0] as number));
  const secondTerms = THEMES.map((theme) => (theme.terms[1] === undefined ? '' : needTerm(theme.terms[1])));
  const childTerms = CHILD_TERMS.map(needTerm);
  for (const [first, last] of batches(1, settings.services, settings.batchSize)) {
    await sql.transaction(async (query) => {
      await query(INSERT_SERVICES, [
        anchor,
        first,
        last,
        settings.organisations,
        PLACES,
        THEMES.map((theme) => theme.title),
        THEMES.map((theme) => theme.blurb),
        EXTRA_SENTENCES,
      ]);
      await query(INSERT_LOCATIONS, [anchor, first, last, ...towns, PLACES, VENUES, STREETS, POSTCODE_LETTERS]);
      await query(INSERT_ATTRIBUTES, [first, last, firstTerms, secondTerms, childTerms]);
      await query(INSERT_SCHEDULES, [first, last, BYDAY, OPENS, CLOSES]);
      await query(INSERT_PHONES, [first, last]);
      await query(INSERT_COST_OPTIONS, [first, last]);
    });
    log(`  ${sql.backend}: services ${last.toLocaleString('en-GB')}/${settings.services.toLocaleString('en-GB')} (${seconds()})`);
  }

  // PostgreSQL's autovacuum would analyse tables this size within a minute; doing it now keeps it
  // from starting in the middle of a measurement. PGlite has no autovacuum; Kith runs ANALYZE on it
  // at start-up and every 15 minutes, so the bench does the same unless told not to.
  let afterLoad = 'nothing (KITH_BENCH_PGLITE_ANALYZE=0: no planner statistics)';
  if (sql.backend === 'postgres') {
    await sql.query('VACUUM ANALYZE');
    afterLoad = 'VACUUM ANALYZE (what autovacuum would soon do)';
  } else if (settings.analyzePglite) {
    await sql.query('ANALYZE');
    afterLoad = 'ANALYZE (as Kith does at start-up and every 15 minutes)';
  }
  log(`  ${sql.backend}: ${afterLoad.split(' (')[0]} (${seconds()})`);

  const counts = await countRows(sql.query, anchor);
  const generationSeconds = roundTo((performance.now() - startedAt) / 1000, 1);
  log(
    `  ${sql.backend}: generated ${counts.services.toLocaleString('en-GB')} services, ${counts.locations.toLocaleString('en-GB')} locations ` +
      `in ${generationSeconds} s`,
  );
  return { counts, generationSeconds, afterLoad };
}

import { hashSessionToken } from '@kith/server/modules/session/session-tokens.ts';
import { SESSION_ACTOR } from '../pathway/baseline-sql.ts';
import type { RawSql } from '../pathway/raw-sql.ts';
import { seqScannedTables } from '../pathway/read-bench.ts';
import {
  anyWordsQueryText,
  boxAround,
  POSTCODE_CENTROID,
  SEARCH_SERVICES,
  SET_WORD_SEARCH_SETTINGS,
  TERMS_OF_SERVICES,
  WORD_SIMILARITY_THRESHOLD,
} from './baseline-search-sql.ts';
import { DIRECTORY_SETTINGS } from './directory-settings.ts';
import { CLUSTERS, needTerm, parentOf, THEMES, TYPOS } from './directory-vocabulary.ts';
import { getJson, type LatencySummary, ratios, timeSidesInTurn } from './paired-timing.ts';
import { cellNear, postcodeOfCell } from './synthetic-postcodes.ts';

/** One search a link worker might run: words, a top-level need, near a postcode in a town. */
export interface SearchCombination {
  words: string;
  needId: string;
  postcode: string;
  town: string;
}

export interface SearchComparison {
  route: string;
  combinations: number;
  samples: number;
  stoppedByTimeCap: boolean;
  /** The real API over HTTP on loopback, response body read to the end. */
  api: LatencySummary;
  /** Every statement the request runs by hand: session, postcode, the search, the page's terms. */
  sql: LatencySummary;
  /** The search statement alone. */
  mainQuery: LatencySummary;
  ratio: { p50: number | null; p95: number | null };
  ratioToMainQuery: { p50: number | null; p95: number | null };
  check: {
    /** Combinations whose API page (ids in order) and total differ from the baseline's. */
    mismatches: number;
    /** The first few, described. */
    mismatchDetails: string[];
    /** Mean total matches and items on the first page, over the combinations. */
    meanTotal: number;
    meanItems: number;
    emptyCombinations: number;
    meanResponseBytes: number;
  };
  /** Tables the search statement's plan scans sequentially (EXPLAIN of the first combination). */
  seqScans: string[];
}

export interface SearchContext {
  origin: string;
  cookie: string;
  sessionToken: string;
  staleAfterMonths: number;
}

/**
 * A fixed rotation: themes stepped through so neighbours differ, every tenth search with a typo,
 * centres cycling over the towns (nudged by up to ~3 km so they are not all the town centre).
 */
export function searchCombinations(count: number): SearchCombination[] {
  const typoThemes = THEMES.filter((theme) => TYPOS[theme.word] !== undefined);
  return Array.from({ length: count }, (_, i) => {
    const typo = i % 10 === 9;
    const theme = typo
      ? (typoThemes[Math.floor(i / 10) % typoThemes.length] as (typeof THEMES)[number])
      : (THEMES[(i * 7) % THEMES.length] as (typeof THEMES)[number]);
    const town = CLUSTERS[i % CLUSTERS.length] as (typeof CLUSTERS)[number];
    const latitude = town.latitude + (((i * 3) % 5) - 2) * 0.012;
    const longitude = town.longitude + (((i * 7) % 5) - 2) * 0.018;
    return {
      words: typo ? (TYPOS[theme.word] as string) : theme.word,
      needId: needTerm(parentOf(theme.terms[0] as number)),
      postcode: postcodeOfCell(cellNear(latitude, longitude)),
      town: town.town,
    };
  });
}

interface ApiPage {
  items: { id: string }[];
  total: number;
}

export async function measureSearch(context: SearchContext, sql: RawSql, log: (line: string) => void): Promise<SearchComparison> {
  const settings = DIRECTORY_SETTINGS.search;
  const combinations = searchCombinations(settings.combinations);
  const tokenHash = hashSessionToken(context.sessionToken);
  const combination = (i: number) => combinations[i % combinations.length] as SearchCombination;

  const url = (c: SearchCombination) =>
    `${context.origin}/api/directory/services?${new URLSearchParams({
      q: c.words,
      need: c.needId,
      postcode: c.postcode,
      radiusKm: String(settings.radiusKm),
      openToReferrals: 'true',
      pageSize: String(settings.pageSize),
    })}`;
  const api = async (i: number) => getJson<ApiPage>(url(combination(i)), { cookie: context.cookie });

  const searchParams = (c: SearchCombination, centre: { latitude: number; longitude: number }) => {
    const box = boxAround(centre.latitude, centre.longitude, settings.radiusKm);
    return [
      c.words,
      [c.needId],
      centre.latitude,
      centre.longitude,
      settings.radiusKm,
      box.minLat,
      box.maxLat,
      box.minLon,
      box.maxLon,
      context.staleAfterMonths,
      settings.pageSize,
      0,
      anyWordsQueryText(c.words),
    ];
  };
  const centroidOf = async (c: SearchCombination) => {
    const [row] = await sql.query<{ latitude: number; longitude: number }>(POSTCODE_CENTROID, [c.postcode]);
    if (!row) throw new Error(`postcode ${c.postcode} is not in the generated grid`);
    return row;
  };
  // The main-query side searches from centroids looked up once, untimed.
  const centroids = await Promise.all(combinations.map(centroidOf));
  type Row = { id: string; total: number };
  const bySql = async (i: number) => {
    const c = combination(i);
    await sql.query(SESSION_ACTOR, [tokenHash]);
    const centre = await centroidOf(c);
    return sql.transaction(async (query) => {
      await query(SET_WORD_SEARCH_SETTINGS, [WORD_SIMILARITY_THRESHOLD]);
      const rows = await query<Row>(SEARCH_SERVICES, searchParams(c, centre));
      if (rows.length > 0) await query(TERMS_OF_SERVICES, [rows.map((row) => row.id)]);
      return rows;
    });
  };
  // The search statement in its transaction, after the same settings (they change what it finds and its plan).
  const mainQuery = (i: number) =>
    sql.transaction(async (query) => {
      await query(SET_WORD_SEARCH_SETTINGS, [WORD_SIMILARITY_THRESHOLD]);
      const centre = centroids[i % combinations.length] as { latitude: number; longitude: number };
      return query<Row>(SEARCH_SERVICES, searchParams(combination(i), centre));
    });

  // Same work on both sides: every combination's page and total, compared once before timing.
  let mismatches = 0;
  const mismatchDetails: string[] = [];
  let totals = 0;
  let items = 0;
  let bytes = 0;
  let empty = 0;
  for (let i = 0; i < combinations.length; i++) {
    const { body, bytes: size } = await api(i);
    const rows = await bySql(i);
    const sqlTotal = rows[0] ? Number(rows[0].total) : 0;
    if (body.total !== sqlTotal || body.items.map((item) => item.id).join() !== rows.map((row) => row.id).join()) {
      mismatches++;
      const c = combination(i);
      if (mismatchDetails.length < 5) {
        mismatchDetails.push(
          `"${c.words}" near ${c.postcode}: API ${body.total} total, ${body.items.length} items; SQL ${sqlTotal} total, ${rows.length} rows`,
        );
      }
    }
    totals += body.total;
    items += body.items.length;
    bytes += size;
    if (body.total === 0) empty++;
  }

  const timed = await timeSidesInTurn([api, bySql, mainQuery], {
    warmUp: settings.warmUp,
    samples: settings.samples,
    maxSeconds: settings.maxSeconds,
    minimumSamples: settings.minimumSamples,
  });
  const [apiSummary, sqlSummary, mainSummary] = timed.summaries as [LatencySummary, LatencySummary, LatencySummary];
  const first = combinations[0] as SearchCombination;
  // EXPLAIN under the search's own settings, which change the plan.
  const withSettings: RawSql = {
    ...sql,
    query: (text, params) =>
      sql.transaction(async (query) => {
        await query(SET_WORD_SEARCH_SETTINGS, [WORD_SIMILARITY_THRESHOLD]);
        return query(text, params);
      }),
  };
  const seqScans = await seqScannedTables(
    withSettings,
    SEARCH_SERVICES,
    searchParams(first, centroids[0] as { latitude: number; longitude: number }),
  );
  const comparison: SearchComparison = {
    route: 'GET /api/directory/services',
    combinations: combinations.length,
    samples: timed.samples,
    stoppedByTimeCap: timed.stoppedByTimeCap,
    api: apiSummary,
    sql: sqlSummary,
    mainQuery: mainSummary,
    ratio: ratios(apiSummary, sqlSummary),
    ratioToMainQuery: ratios(apiSummary, mainSummary),
    check: {
      mismatches,
      mismatchDetails,
      meanTotal: Math.round((totals / combinations.length) * 10) / 10,
      meanItems: Math.round((items / combinations.length) * 10) / 10,
      emptyCombinations: empty,
      meanResponseBytes: Math.round(bytes / combinations.length),
    },
    seqScans,
  };
  log(
    `  ${sql.backend} search: API p50 ${apiSummary.p50.toFixed(2)} / p95 ${apiSummary.p95.toFixed(2)} ms, ` +
      `SQL p50 ${sqlSummary.p50.toFixed(2)} / p95 ${sqlSummary.p95.toFixed(2)} ms → ×${comparison.ratio.p50} / ×${comparison.ratio.p95} ` +
      `(mean ${comparison.check.meanTotal} matches; ${mismatches} mismatched; ${timed.samples} samples` +
      `${timed.stoppedByTimeCap ? ', STOPPED BY TIME CAP' : ''}${seqScans.length ? `; seq scans: ${seqScans.join(', ')}` : ''})`,
  );
  return comparison;
}

import type { RawSql } from '../pathway/raw-sql.ts';
import { COUNT_PUBLISHED, orukPageBySql } from './baseline-oruk-sql.ts';
import { DIRECTORY_SETTINGS } from './directory-settings.ts';
import { getJson, type LatencySummary, ratios, timeSidesInTurn } from './paired-timing.ts';

export interface OrukComparison {
  route: string;
  /** The pages rotated through. */
  pages: number[];
  samples: number;
  stoppedByTimeCap: boolean;
  /** The public feed over HTTP on loopback (no sign-in), body read to the end. */
  api: LatencySummary;
  /** The feed's statements by hand: count, page, one query per child table. */
  sql: LatencySummary;
  ratio: { p50: number | null; p95: number | null };
  check: { totalItems: number; mismatches: number; meanResponseBytes: number };
  depth: DepthComparison;
}

/** The first and the deepest (last) page of the feed timed in turn: does a deep page cost more? */
export interface DepthComparison {
  firstPage: number;
  middlePage: number;
  deepestPage: number;
  samples: number;
  first: LatencySummary;
  middle: LatencySummary;
  deepest: LatencySummary;
  /** deepest ÷ first (the goal: p95 ≤ 2). */
  ratio: { p50: number | null; p95: number | null };
  /** middle ÷ first: the page farthest from either end of the list. */
  middleRatio: { p50: number | null; p95: number | null };
}

interface OrukPage {
  total_items: number;
  page_number: number;
  contents: { id: string }[];
}

/** The pages to rotate through: fractions of the way through the feed, first and last included. */
export function orukPages(published: number, perPage: number): number[] {
  const lastPage = Math.max(1, Math.ceil(published / perPage));
  const pages = DIRECTORY_SETTINGS.oruk.pageFractions.map((fraction) =>
    Math.min(lastPage, 1 + Math.floor(fraction * (lastPage - 1))),
  );
  return [...new Set(pages)];
}

export async function measureOruk(origin: string, sql: RawSql, log: (line: string) => void): Promise<OrukComparison> {
  const settings = DIRECTORY_SETTINGS.oruk;
  const [counted] = await sql.query<{ total: number }>(COUNT_PUBLISHED);
  const published = Number(counted?.total ?? 0);
  const pages = orukPages(published, settings.perPage);
  const pageOf = (i: number) => pages[i % pages.length] as number;
  const url = (page: number) => `${origin}/openreferral/services?per_page=${settings.perPage}&full=true&page=${page}`;
  const api = (i: number) => getJson<OrukPage>(url(pageOf(i)));
  const bySql = (i: number) => orukPageBySql(sql.query, settings.perPage, pageOf(i));

  let mismatches = 0;
  let bytes = 0;
  for (let i = 0; i < pages.length; i++) {
    const { body, bytes: size } = await api(i);
    const baseline = await bySql(i);
    if (body.total_items !== baseline.total || body.contents.length !== baseline.services) mismatches++;
    bytes += size;
  }

  const timed = await timeSidesInTurn([api, bySql], {
    warmUp: settings.warmUp,
    samples: settings.samples,
    maxSeconds: settings.maxSeconds,
    minimumSamples: settings.minimumSamples,
  });
  const [apiSummary, sqlSummary] = timed.summaries as [LatencySummary, LatencySummary];
  const depth = await measureDepth(url, pages, sql.backend, log);
  const comparison: OrukComparison = {
    route: `GET /openreferral/services?per_page=${settings.perPage}&full=true`,
    pages,
    samples: timed.samples,
    stoppedByTimeCap: timed.stoppedByTimeCap,
    api: apiSummary,
    sql: sqlSummary,
    ratio: ratios(apiSummary, sqlSummary),
    check: { totalItems: published, mismatches, meanResponseBytes: Math.round(bytes / pages.length) },
    depth,
  };
  log(
    `  ${sql.backend} ORUK services: API p50 ${apiSummary.p50.toFixed(2)} / p95 ${apiSummary.p95.toFixed(2)} ms, ` +
      `SQL p50 ${sqlSummary.p50.toFixed(2)} / p95 ${sqlSummary.p95.toFixed(2)} ms → ×${comparison.ratio.p50} / ×${comparison.ratio.p95} ` +
      `(pages ${pages.join(', ')}; ${mismatches} mismatched; ${timed.samples} samples${timed.stoppedByTimeCap ? ', STOPPED BY TIME CAP' : ''})`,
  );
  return comparison;
}

/** The first, middle and last pages of the feed over HTTP, taking turns; each ÷ the first. */
async function measureDepth(
  url: (page: number) => string,
  pages: number[],
  backend: string,
  log: (line: string) => void,
): Promise<DepthComparison> {
  const settings = DIRECTORY_SETTINGS.oruk;
  const firstPage = pages[0] ?? 1;
  const deepestPage = pages[pages.length - 1] ?? 1;
  const middlePage = Math.ceil((firstPage + deepestPage) / 2);
  const sides = [firstPage, middlePage, deepestPage].map((page) => () => getJson(url(page)));
  const timed = await timeSidesInTurn(sides, {
    warmUp: settings.warmUp,
    samples: settings.samples,
    maxSeconds: settings.maxSeconds,
    minimumSamples: settings.minimumSamples,
  });
  const [first, middle, deepest] = timed.summaries as [LatencySummary, LatencySummary, LatencySummary];
  const depth = {
    firstPage,
    middlePage,
    deepestPage,
    samples: timed.samples,
    first,
    middle,
    deepest,
    ratio: ratios(deepest, first),
    middleRatio: ratios(middle, first),
  };
  log(
    `  ${backend} ORUK depth: page ${firstPage} p50 ${first.p50.toFixed(2)} / p95 ${first.p95.toFixed(2)} ms, ` +
      `page ${middlePage} p50 ${middle.p50.toFixed(2)} / p95 ${middle.p95.toFixed(2)} ms, ` +
      `page ${deepestPage} p50 ${deepest.p50.toFixed(2)} / p95 ${deepest.p95.toFixed(2)} ms → ` +
      `deepest ÷ first ×${depth.ratio.p50} / ×${depth.ratio.p95}, middle ÷ first ×${depth.middleRatio.p50} / ×${depth.middleRatio.p95}`,
  );
  return depth;
}

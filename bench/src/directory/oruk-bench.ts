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
  const comparison: OrukComparison = {
    route: `GET /openreferral/services?per_page=${settings.perPage}&full=true`,
    pages,
    samples: timed.samples,
    stoppedByTimeCap: timed.stoppedByTimeCap,
    api: apiSummary,
    sql: sqlSummary,
    ratio: ratios(apiSummary, sqlSummary),
    check: { totalItems: published, mismatches, meanResponseBytes: Math.round(bytes / pages.length) },
  };
  log(
    `  ${sql.backend} ORUK services: API p50 ${apiSummary.p50.toFixed(2)} / p95 ${apiSummary.p95.toFixed(2)} ms, ` +
      `SQL p50 ${sqlSummary.p50.toFixed(2)} / p95 ${sqlSummary.p95.toFixed(2)} ms → ×${comparison.ratio.p50} / ×${comparison.ratio.p95} ` +
      `(pages ${pages.join(', ')}; ${mismatches} mismatched; ${timed.samples} samples${timed.stoppedByTimeCap ? ', STOPPED BY TIME CAP' : ''})`,
  );
  return comparison;
}

import {
  columnHeading,
  isSmallCount,
  publishedRate,
  REPORT_IDS,
  type Report,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
  SUPPRESSED,
  statisticIsShowable,
} from '@kith/shared';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { createReportFixture, type ReportFixture } from './report-test-data.ts';

/**
 * "No report or export a commissioner can reach reveals a count from 1 to 4" (issue 5), checked
 * generically: every report in REPORT_IDS, every table, every headline and every table's CSV, as
 * a commissioner of the fixture's ICB. It reads only the declared column kinds, so reports added
 * later are covered without changing this file. Where the same table seen unsuppressed (by a PCN
 * manager over the same ICB) lines up row for row, each hidden rate and statistic is also checked
 * against the raw counts behind it.
 */
describe('commissioners see no small numbers in any report', () => {
  let app: KithApp;
  let fx: ReportFixture;
  let commissioner: SignedIn;
  let icbManager: SignedIn;

  beforeAll(async () => {
    app = await buildTestApp();
    fx = await createReportFixture(app.kith.database.db);
    commissioner = await signIn(app, fx.commissioner);
    icbManager = await signIn(app, fx.icbManager);
  });
  afterAll(() => app.close());

  const PERIODS = {
    'the fixture period': () => ({ ...fx.period }),
    'the default period (last 12 months)': () => ({}),
    'the fixture PCN in the fixture period': () => ({ ...fx.period, pcnId: fx.pcnId }),
  };

  const fetchReport = async (reportId: string, session: SignedIn, filters: Record<string, string>): Promise<Report> => {
    const response = await app.inject({
      url: `/api/reports/${reportId}?${new URLSearchParams(filters)}`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode, `${reportId}: ${response.body}`).toBe(200);
    return response.json();
  };

  const fetchCsv = async (reportId: string, tableId: string, filters: Record<string, string>): Promise<string> => {
    const response = await app.inject({
      url: `/api/reports/${reportId}/tables/${tableId}.csv?${new URLSearchParams(filters)}`,
      headers: { cookie: commissioner.cookie },
    });
    expect(response.statusCode, `${reportId}/${tableId}.csv: ${response.body}`).toBe(200);
    return response.body;
  };

  const workerIdentities = () => [fx.workers.ash.name, fx.workers.birch.name, fx.workers.ash.id, fx.workers.birch.id];

  for (const reportId of REPORT_IDS) {
    for (const [periodName, filtersOf] of Object.entries(PERIODS)) {
      it(`${reportId}, ${periodName}: counts are 0, "<5" or multiples of 5; small rates and statistics are hidden; no worker rows`, async () => {
        const filters = filtersOf();
        const shown = await fetchReport(reportId, commissioner, filters);
        const raw = await fetchReport(reportId, icbManager, filters);
        expect(shown.suppressed).toBe(true);
        expect(raw.suppressed).toBe(false);

        for (const headline of shown.headlines) {
          if (headline.kind === 'count') expectSafeCount(headline.value, `${reportId} headline "${headline.label}"`);
        }
        for (const table of shown.tables) {
          const where = `${reportId}/${table.id}`;
          expectSafeTable(table, where);
          const unsuppressed = raw.tables.find((t) => t.id === table.id);
          if (unsuppressed && sameRows(table, unsuppressed)) expectSuppressedFrom(table, unsuppressed, where);

          const csv = await fetchCsv(reportId, table.id, filters);
          expectCsvMatches(csv, table, where);
          for (const identity of workerIdentities()) expect(csv, `${where}.csv names a worker`).not.toContain(identity);
        }
        const body = JSON.stringify(shown);
        for (const identity of workerIdentities()) expect(body, `${reportId} names a worker`).not.toContain(identity);
      });
    }
  }

  it('the fixture really has counts from 1 to 4, so the checks above can fail', async () => {
    // Seen unsuppressed, the same reports are full of small counts (this guards the fixture).
    const small: string[] = [];
    for (const reportId of REPORT_IDS) {
      const raw = await fetchReport(reportId, icbManager, { ...fx.period });
      for (const table of raw.tables) {
        for (const column of table.columns.filter((c) => c.kind === 'count')) {
          for (const row of table.rows) {
            const value = row[column.key];
            if (typeof value === 'number' && isSmallCount(value)) small.push(`${reportId}/${table.id}.${column.key}`);
          }
        }
      }
    }
    expect([...new Set(small.map((s) => s.split('/')[0]))]).toEqual(expect.arrayContaining(['funnel', 'outcomes']));
    expect(small.length).toBeGreaterThan(50);

    // And the commissioner's view of the same figures is suppressed, exactly as the rule says.
    const funnel = await fetchReport('funnel', commissioner, { ...fx.period });
    const bySource = funnel.tables.find((t) => t.id === 'by-source');
    expect(bySource?.rows.map((row) => [row.group, row.referred, row.contacted, row.contactedRate, row.medianDays])).toEqual([
      // 8 referred → 10; 6 contacted → 5; the rate is 5 of 10 (not 75%, which would give 6 of 8); median over 6 is shown.
      ['GP practice', 10, 5, 50, 5.5],
      ['Another agency', SUPPRESSED, SUPPRESSED, null, null],
      ['Self-referral', SUPPRESSED, SUPPRESSED, null, null],
    ]);
    expect(funnel.filters.workerId).toBeNull();
  });
});

/** A count a commissioner may see: 0, "<5", a multiple of 5, or no figure. */
function expectSafeCount(value: ReportCell | undefined, where: string): void {
  if (value === null || value === undefined || value === SUPPRESSED) return;
  expect(typeof value, `${where} is a count but holds ${JSON.stringify(value)}`).toBe('number');
  const n = value as number;
  expect(isSmallCount(n), `${where} shows the small count ${n}`).toBe(false);
  expect(n % 5, `${where} shows ${n}, which is not rounded to 5`).toBe(0);
}

const column = (table: ReportTable, key: string | undefined): ReportColumn | undefined =>
  key === undefined ? undefined : table.columns.find((c) => c.key === key);

/** Checks that need only the suppressed table itself. */
function expectSafeTable(table: ReportTable, where: string): void {
  const declared = new Set(table.columns.map((c) => c.key));
  for (const [index, row] of table.rows.entries()) {
    const at = `${where} row ${index + 1}`;
    for (const key of Object.keys(row)) expect(declared.has(key), `${at} has the undeclared key "${key}"`).toBe(true);
    for (const c of table.columns) {
      const value = row[c.key];
      if (c.kind === 'count') expectSafeCount(value, `${at} "${c.label}"`);
      // A rate or statistic that is shown must rest on declared counts of 5 or more.
      if (c.kind === 'rate' && value !== null && value !== undefined) {
        for (const key of [c.numerator, c.denominator]) {
          expect(column(table, key)?.kind, `${at} "${c.label}" is shown without a count column "${key}"`).toBe('count');
          expect(row[key ?? ''], `${at} "${c.label}" is shown but "${key}" is under 5`).not.toBe(SUPPRESSED);
        }
        expect(row[c.denominator ?? ''], `${at} "${c.label}" is shown over nobody`).not.toBe(0);
      }
      if (c.kind === 'statistic' && value !== null && value !== undefined) {
        expect(column(table, c.sampleSize)?.kind, `${at} "${c.label}" is shown without a count sample size`).toBe('count');
        expect([SUPPRESSED, 0, null], `${at} "${c.label}" is shown for fewer than 5`).not.toContain(
          row[c.sampleSize ?? ''] ?? null,
        );
      }
    }
  }
}

/** The two views list the same rows (same text cells in the same order). */
function sameRows(shown: ReportTable, raw: ReportTable): boolean {
  if (shown.rows.length !== raw.rows.length) return false;
  const texts = shown.columns.filter((c) => c.kind === 'text' || c.kind === 'date');
  return shown.rows.every((row, i) => texts.every((c) => row[c.key] === raw.rows[i]?.[c.key]));
}

/** Each suppressed cell against the raw counts behind it. */
function expectSuppressedFrom(shown: ReportTable, raw: ReportTable, where: string): void {
  const rawNumber = (row: Record<string, ReportCell>, key: string | undefined) => {
    const value = key === undefined ? undefined : row[key];
    return typeof value === 'number' ? value : null;
  };
  for (const [index, row] of shown.rows.entries()) {
    const rawRow = raw.rows[index] ?? {};
    const at = `${where} row ${index + 1}`;
    for (const c of shown.columns) {
      if (c.kind === 'count') {
        const n = rawNumber(rawRow, c.key);
        if (n !== null && isSmallCount(n)) expect(row[c.key], `${at} "${c.label}"`).toBe(SUPPRESSED);
      }
      if (c.kind === 'rate') {
        // Worked out from the rounded counts, so it says nothing they do not (issue 12).
        const numerator = rawNumber(rawRow, c.numerator);
        const denominator = rawNumber(rawRow, c.denominator);
        const expected =
          numerator === null || denominator === null || rawRow[c.key] === null
            ? null
            : publishedRate(numerator, denominator, c.decimals ?? 1);
        expect(row[c.key] ?? null, `${at} "${c.label}" (${numerator} of ${denominator})`).toBe(expected);
      }
      if (c.kind === 'statistic') {
        const n = rawNumber(rawRow, c.sampleSize);
        if (n === null || !statisticIsShowable(n)) {
          expect(row[c.key] ?? null, `${at} "${c.label}" (n = ${n}) should be hidden`).toBeNull();
        }
      }
    }
  }
}

/** The CSV has the labels as its header and, cell for cell, what the JSON shows. */
function expectCsvMatches(csv: string, table: ReportTable, where: string): void {
  const [header, ...rows] = parse(csv) as string[][];
  expect(header, `${where}.csv header`).toEqual(table.columns.map(columnHeading));
  const expected = table.rows.map((row) => table.columns.map((c) => csvText(row[c.key] ?? null)));
  expect(rows, `${where}.csv rows`).toEqual(expected);
  for (const [index, row] of rows.entries()) {
    for (const [i, c] of table.columns.entries()) {
      if (c.kind === 'count') expect(['1', '2', '3', '4'], `${where}.csv row ${index + 1} "${c.label}"`).not.toContain(row[i]);
    }
  }
}

/** A cell as http/csv.ts writes it (text a spreadsheet would run as a formula gets an apostrophe). */
function csvText(value: ReportCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

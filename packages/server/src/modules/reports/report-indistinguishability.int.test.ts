import { REPORT_IDS, type Report, type ReportId } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { createTwinFixture, type TwinFixture, type TwinKey } from './report-twins-test-data.ts';

/**
 * "Nothing an aggregate-only caller receives may be a function of an exact count that suppression
 * would hide" (issue 12), checked as indistinguishability: two PCNs whose data differ only by
 * counts that round alike (18 vs 18–21 people; 1 vs 1–4 in a small cell, see
 * report-twins-test-data.ts) must give a commissioner byte-for-byte the same answer — every report
 * in REPORT_IDS, its JSON and every table's CSV — for each period end a day apart, and for the ROI
 * with every assumption scaled by large factors (the attack: gpConsultationCost=10000 and
 * attributionShare=1, then divide the savings of two consecutive days). The same requests by a
 * PCN manager over the ICB, who sees exact figures, must tell the twins apart, so this test can
 * fail.
 */

/** ROI assumption overrides: the defaults, the attack, and each assumption scaled ×0.001 and ×1000 (or to its maximum). */
const ASSUMPTION_SETS: Record<string, string>[] = [
  {},
  { gpConsultationCost: '10000', attributionShare: '1' },
  { gpConsultationCost: '0.042', aeAttendanceCost: '0.18', linkWorkerCostPerWte: '38', attributionShare: '0.0005' },
  { gpConsultationCost: '10000', aeAttendanceCost: '100000', linkWorkerCostPerWte: '1000000', attributionShare: '1' },
  { aeAttendanceCost: '100000', linkWorkerCostPerWte: '0.01', attributionShare: '1' },
  { gpConsultationCost: '1', aeAttendanceCost: '0', linkWorkerCostPerWte: '1', attributionShare: '0.001' },
];

/**
 * Tables and headlines drawn from the directory the whole installation shares (not narrowed by
 * PCN, and not about people): other test files may add services between two requests.
 */
const DIRECTORY_WIDE_TABLES = new Set(['unmet-need/waiting-lists', 'unmet-need/waiting-by-need', 'unmet-need/funding-ending']);
const DIRECTORY_WIDE_HEADLINE = /^Services /;

describe('a commissioner cannot tell apart data that differ only in suppressed counts', () => {
  let app: KithApp;
  let fx: TwinFixture;
  let commissioner: SignedIn;
  let icbManager: SignedIn;

  beforeAll(async () => {
    app = await buildTestApp();
    fx = await createTwinFixture(app.kith.database.db, new Date());
    commissioner = await signIn(app, fx.commissioner);
    icbManager = await signIn(app, fx.icbManager);
  });
  afterAll(() => app.close());

  /** Twin-specific names and ids, so only the figures are compared. */
  const anonymise = (text: string, twin: TwinKey): string => {
    const { pcnId, pcnName, practiceName } = fx.twins[twin];
    return text.replaceAll(pcnId, '<pcn id>').replaceAll(pcnName, '<pcn>').replaceAll(practiceName, '<practice>');
  };

  /** One twin's report, for the period ending `to`, with these ROI assumptions. */
  interface TwinRun {
    twin: TwinKey;
    to: string;
    assumptions?: Record<string, string>;
  }

  const query = ({ twin, to, assumptions = {} }: TwinRun) =>
    new URLSearchParams({ from: fx.from, to, pcnId: fx.twins[twin].pcnId, ...assumptions }).toString();

  const fetchReport = async (session: SignedIn, reportId: ReportId, run: TwinRun) => {
    const { twin } = run;
    const response = await app.inject({
      url: `/api/reports/${reportId}?${query(run)}`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    // Everything but the time it was generated, which differs between any two requests.
    const { generatedAt: _generatedAt, ...report } = response.json() as Report;
    report.tables = report.tables.filter((t) => !DIRECTORY_WIDE_TABLES.has(`${reportId}/${t.id}`));
    report.headlines = report.headlines.filter((h) => !DIRECTORY_WIDE_HEADLINE.test(h.label));
    return JSON.parse(anonymise(JSON.stringify(report), twin)) as Omit<Report, 'generatedAt'>;
  };

  const fetchCsv = async (reportId: ReportId, tableId: string, run: TwinRun) => {
    const response = await app.inject({
      url: `/api/reports/${reportId}/tables/${tableId}.csv?${query(run)}`,
      headers: { cookie: commissioner.cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    return anonymise(response.body, run.twin);
  };

  for (const reportId of REPORT_IDS) {
    it(`${reportId}: the same JSON and CSVs for both twins, every period end, every set of assumptions`, async () => {
      const sets = reportId === 'roi' ? ASSUMPTION_SETS : [{}, ASSUMPTION_SETS[1] ?? {}];
      let compared = 0;
      for (const to of fx.periodEnds) {
        for (const assumptions of sets) {
          const where = `${reportId}, period ending ${to}, ${JSON.stringify(assumptions)}`;
          const a = await fetchReport(commissioner, reportId, { twin: 'a', to, assumptions });
          const b = await fetchReport(commissioner, reportId, { twin: 'b', to, assumptions });
          expect(a.suppressed).toBe(true);
          expect(b, where).toEqual(a);
          for (const table of a.tables) {
            const csvA = await fetchCsv(reportId, table.id, { twin: 'a', to, assumptions });
            const csvB = await fetchCsv(reportId, table.id, { twin: 'b', to, assumptions });
            expect(csvB, `${where}, ${table.id}.csv`).toBe(csvA);
          }
          compared += 1;
        }
      }
      expect(compared).toBe(fx.periodEnds.length * sets.length);
    }, 240_000);
  }

  it('the twins really differ: seen exactly, every report tells them apart', async () => {
    const last = fx.periodEnds.at(-1) as string;
    for (const reportId of REPORT_IDS) {
      const a = await fetchReport(icbManager, reportId, { twin: 'a', to: last, assumptions: ASSUMPTION_SETS[1] });
      const b = await fetchReport(icbManager, reportId, { twin: 'b', to: last, assumptions: ASSUMPTION_SETS[1] });
      expect(a.suppressed).toBe(false);
      expect(JSON.stringify(b), `${reportId} should differ between the twins when exact`).not.toBe(JSON.stringify(a));
    }
  });

  it('the ROI attack recovers nothing: consecutive days give the same savings in the twin that grew by one a day', async () => {
    // Twin B gains one person a day over the period ends; the commissioner's central saving, priced
    // at £10,000 a consultation with all of it attributed, does not move.
    const centrals: unknown[] = [];
    for (const to of fx.periodEnds) {
      const report = await fetchReport(commissioner, 'roi', { twin: 'b', to, assumptions: ASSUMPTION_SETS[1] });
      const central = report.tables.find((t) => t.id === 'range')?.rows.find((r) => r.estimate === 'Central');
      // The whole estimate is there to attack: a saving, a cost and a return.
      expect([typeof central?.gpSaving, typeof central?.cost, typeof central?.returnPerPound]).toEqual([
        'number',
        'number',
        'number',
      ]);
      centrals.push(central?.gpSaving);
    }
    expect(new Set(centrals).size).toBe(1);
  });
});

import { columnHeading, type Report, type ReportTable } from '@kith/shared';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { onwardFigures } from './outcomes/onward-repository.ts';
import { createReportFixture, type ReportFixture } from './report-test-data.ts';
import type { ReportScope } from './report-types.ts';

/**
 * The funnel and outcomes reports against the hand-computable fixture (report-spec-test-data.ts),
 * through the HTTP API as a PCN manager. Every expected figure below was worked out by hand from
 * the fixture; none is computed by the code under test. Row values are listed in column order.
 */
describe('reports over the hand-computed fixture', () => {
  let app: KithApp;
  let fx: ReportFixture;
  let manager: SignedIn;
  let commissioner: SignedIn;

  beforeAll(async () => {
    app = await buildTestApp();
    fx = await createReportFixture(app.kith.database.db);
    manager = await signIn(app, fx.pcnManager);
    commissioner = await signIn(app, fx.commissioner);
  });
  afterAll(() => app.close());

  const get = (url: string, session = manager) => app.inject({ url, headers: { cookie: session.cookie } });
  const query = (filters: Record<string, string> = {}) => new URLSearchParams({ ...fx.period, ...filters }).toString();
  const report = async (id: string, filters: Record<string, string> = {}): Promise<Report> => {
    const response = await get(`/api/reports/${id}?${query(filters)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const table = (r: Report, id: string): ReportTable => {
    const found = r.tables.find((t) => t.id === id);
    if (!found) throw new Error(`no table ${id} in ${r.tables.map((t) => t.id).join(', ')}`);
    return found;
  };
  /** Each row as its cells in column order. */
  const cells = (r: Report, id: string) => {
    const t = table(r, id);
    return t.rows.map((row) => t.columns.map((c) => row[c.key] ?? null));
  };
  const headlines = (r: Report) => Object.fromEntries(r.headlines.map((h) => [h.label, h.value]));
  const practiceA = () => fx.practices.A.name;
  const practiceB = () => fx.practices.B.name;
  const named = (name: string) => `${name} ${fx.suffix}`;

  describe('referral funnel', () => {
    it('counts each stage of the referrals received in the period, out of all referred', async () => {
      const funnel = await report('funnel');
      expect(funnel.suppressed).toBe(false);
      expect(funnel.period).toEqual({ from: '2025-01-01', to: '2025-03-31' });
      // R13 (before), R14 (closed in error) and R15 (after the period) are left out.
      expect(cells(funnel, 'stages')).toEqual([
        ['Referred', 12, 12, 100],
        ['Contacted', 8, 12, 66.7],
        ['Engaged', 6, 12, 50],
        ['Discharged having engaged', 4, 12, 33.3],
      ]);
      // Endings beside the funnel, each referral once: R3, R4, R8, R9 and R12 are still open.
      expect(cells(funnel, 'endings')).toEqual([
        ['Discharged having engaged', 4, 12, 33.3],
        ['Discharged after contact, without engaging', 0, 12, 0],
        ['Not reached', 1, 12, 8.3],
        ['Declined', 1, 12, 8.3],
        ['Withdrawn', 1, 12, 8.3],
        ['Still open', 5, 12, 41.7],
      ]);
      // First successful contacts: 1.5, 2, 3, 4, 5, 6, 8, 10 days → median 4.5, 90th percentile 8 + 0.3 × 2.
      expect(cells(funnel, 'first-contact')).toEqual([['All referred in the period', 8, 4.5, 8.6]]);
      expect(headlines(funnel)).toEqual({
        'Referrals received': 12,
        Contacted: 66.7,
        Engaged: 50,
        'Discharged having engaged': 33.3,
        'Not reached': 8.3,
        Declined: 8.3,
        'Median days to first contact': 4.5,
      });
    });

    it('breaks the funnel down by source, reason, practice, age band, sex and ethnicity', async () => {
      const funnel = await report('funnel');
      expect(table(funnel, 'by-source').columns.map((c) => c.key)).toEqual([
        'group',
        'referred',
        'contacted',
        'contactedRate',
        'engaged',
        'engagedRate',
        'discharged',
        'dischargedRate',
        'notReached',
        'notReachedRate',
        'declined',
        'declinedRate',
        'medianDays',
        'p90Days',
      ]);
      expect(cells(funnel, 'by-source')).toEqual([
        ['GP practice', 8, 6, 75, 6, 75, 4, 50, 1, 12.5, 0, 0, 5.5, 9],
        ['Another agency', 2, 1, 50, 0, 0, 0, 0, 0, 0, 1, 50, 3, 3],
        ['Self-referral', 2, 1, 50, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 1.5],
      ]);
      // R2 (loneliness and housing) and R8 (low mood and loneliness) count under both reasons.
      expect(cells(funnel, 'by-reason')).toEqual([
        ['Loneliness or social isolation', 7, 6, 85.7, 5, 71.4, 4, 57.1, 0, 0, 0, 0, 4.5, 9],
        ['Low mood or anxiety', 3, 2, 66.7, 2, 66.7, 0, 0, 0, 0, 0, 0, 5.5, 5.9],
        ['Housing', 3, 1, 33.3, 1, 33.3, 1, 33.3, 1, 33.3, 0, 0, 4, 4],
        ['Money and benefits', 1, 1, 100, 0, 0, 0, 0, 0, 0, 1, 100, 3, 3],
      ]);
      expect(cells(funnel, 'by-practice')).toEqual([
        [practiceA(), 6, 5, 83.3, 3, 50, 2, 33.3, 1, 16.7, 1, 16.7, 3, 5.2],
        [practiceB(), 5, 3, 60, 3, 60, 2, 40, 0, 0, 0, 0, 8, 9.6],
        ['Not recorded', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null],
      ]);
      // R1 is a day short of 35, R6 turned 18 on the day, R8 turned 50 on the day.
      expect(cells(funnel, 'by-age-band')).toEqual([
        ['0–17', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null],
        ['18–24', 1, 1, 100, 0, 0, 0, 0, 0, 0, 1, 100, 3, 3],
        ['25–34', 1, 1, 100, 1, 100, 1, 100, 0, 0, 0, 0, 2, 2],
        ['35–44', 2, 1, 50, 1, 50, 1, 50, 0, 0, 0, 0, 8, 8],
        ['45–54', 2, 2, 100, 2, 100, 0, 0, 0, 0, 0, 0, 5.5, 5.9],
        ['55–64', 1, 1, 100, 1, 100, 1, 100, 0, 0, 0, 0, 10, 10],
        ['65–74', 1, 1, 100, 1, 100, 1, 100, 0, 0, 0, 0, 4, 4],
        ['75–84', 1, 1, 100, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 1.5],
        ['85+', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null],
        ['Not recorded', 1, 0, 0, 0, 0, 0, 0, 1, 100, 0, 0, null, null],
      ]);
      expect(cells(funnel, 'by-sex')).toEqual([
        ['Male', 4, 3, 75, 2, 50, 1, 25, 0, 0, 0, 0, 6, 9.2],
        ['Female', 7, 5, 71.4, 4, 57.1, 3, 42.9, 1, 14.3, 1, 14.3, 4, 6.8],
        ['Not recorded', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null],
      ]);
      expect(cells(funnel, 'by-ethnicity')).toEqual([
        ['White – British', 8, 6, 75, 5, 62.5, 3, 37.5, 0, 0, 1, 12.5, 4.5, 7],
        ['Asian or Asian British – Indian', 1, 1, 100, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 1.5],
        ['Black or Black British – Caribbean', 1, 1, 100, 1, 100, 1, 100, 0, 0, 0, 0, 10, 10],
        ['Not recorded', 2, 0, 0, 0, 0, 0, 0, 1, 50, 0, 0, null, null],
      ]);
      expect(funnel.notes.some((n) => n.includes('counted under each'))).toBe(true);
    });

    it('filters by practice, by worker and by period', async () => {
      const practice = await report('funnel', { practiceId: fx.practices.A.id });
      expect(practice.filters.practiceId).toBe(fx.practices.A.id);
      expect(cells(practice, 'stages').map((row) => row.slice(1))).toEqual([
        [6, 6, 100],
        [5, 6, 83.3],
        [3, 6, 50],
        [2, 6, 33.3],
      ]);
      expect(cells(practice, 'first-contact')).toEqual([['All referred in the period', 5, 3, 5.2]]);

      const birch = await report('funnel', { workerId: fx.workers.birch.id });
      expect(cells(birch, 'stages').map((row) => row[1])).toEqual([5, 3, 2, 1]);
      expect(cells(birch, 'endings').map((row) => row[1])).toEqual([1, 0, 0, 1, 1, 2]);
      expect(cells(birch, 'first-contact')).toEqual([['All referred in the period', 3, 5, 9]]);

      // February only: R7–R11 (R14, closed in error, is left out).
      const february = await report('funnel', { from: '2025-02-01', to: '2025-02-28' });
      expect(february.period).toEqual({ from: '2025-02-01', to: '2025-02-28' });
      expect(cells(february, 'stages').map((row) => row[1])).toEqual([5, 3, 3, 2]);
      expect(cells(february, 'first-contact')).toEqual([['All referred in the period', 3, 8, 9.6]]);

      // One more month takes in R15, received ten minutes after the fixture's period ends.
      const april = await report('funnel', { to: '2025-04-30' });
      expect(headlines(april)['Referrals received']).toBe(13);
    });
  });

  describe('common outcomes framework', () => {
    it('shows wellbeing change from the first baseline to the latest later measure, with its 95% interval', async () => {
      const outcomes = await report('outcomes');
      // Then the improvement (better is positive: anxiety and loneliness turned round) and the scale.
      expect(cells(outcomes, 'wellbeing-change')).toEqual([
        ['ONS4 life satisfaction (0–10)', 'Higher', 6, 4.17, 6.17, 2, 0.87, 3.13, 5, 83.3, 2, 0.87, 3.13, 0, 10],
        ['ONS4 things done are worthwhile (0–10)', 'Higher', 6, 5, 6, 1, 1, 1, 6, 100, 1, 1, 1, 0, 10],
        ['ONS4 happiness yesterday (0–10)', 'Higher', 6, 4, 5, 1, -0.13, 2.13, 4, 66.7, 1, -0.13, 2.13, 0, 10],
        ['ONS4 anxiety yesterday (0–10)', 'Lower', 6, 5.83, 4.5, -1.33, -2.54, -0.13, 4, 66.7, 1.33, 0.13, 2.54, 0, 10],
        ['SWEMWBS metric score (7–35)', 'Higher', 5, 16.82, 18.8, 1.97, -0.67, 4.62, 3, 60, 1.97, -0.67, 4.62, 7, 35],
        ['UCLA-3 loneliness score (3–9)', 'Lower', 3, 7.33, 5, -2.33, -5.18, 0.51, 2, 66.7, 2.33, -0.51, 5.18, 3, 9],
      ]);
      // One small chart per measure, each on its own scale, improvement always drawn rightwards.
      expect(table(outcomes, 'wellbeing-change').chart).toEqual({
        type: 'small-multiples',
        x: 'measure',
        series: ['improvement'],
        interval: ['improvementLow', 'improvementHigh'],
        scale: ['scaleMin', 'scaleMax'],
      });
    });

    it('shows onward referrals by service and organisation, services at capacity and VCSE demand against capacity', async () => {
      const outcomes = await report('outcomes');
      expect(cells(outcomes, 'onward-by-service')).toEqual([
        [named('Alpha befriending'), named('Acorn Community Trust'), 'Open', 4, 3, 1, 4, 75, 2, 4],
        [named('Beta choir'), named('Acorn Community Trust'), 'Waiting list', 2, 1, 0, 1, 100, 0, null],
        [named('Gamma debt advice'), named('Bramble Advice'), 'Closed to referrals', 2, 1, 1, 2, 50, 1, 8],
      ]);
      expect(cells(outcomes, 'onward-by-organisation')).toEqual([
        [named('Acorn Community Trust'), 6, 4, 1, 5, 80, 2, 4],
        [named('Bramble Advice'), 2, 1, 1, 2, 50, 1, 8],
      ]);
      expect(cells(outcomes, 'services-at-capacity')).toEqual([
        [named('Beta choir'), named('Acorn Community Trust'), 'Waiting list', 21, 2],
        [named('Gamma debt advice'), named('Bramble Advice'), 'Closed to referrals', null, 2],
      ]);
      // Cedar serves the PCN and was sent nothing; Delta (archived) is not counted.
      expect(cells(outcomes, 'vcse-demand-capacity')).toEqual([
        [named('Acorn Community Trust'), 6, 4, 1, 2, 1],
        [named('Bramble Advice'), 2, 1, 1, 2, 1],
        [named('Cedar Friends'), 0, 0, 0, 1, 0],
      ]);
    });

    it('shows GP and A&E use before and after with completeness, never filling gaps', async () => {
      const outcomes = await report('outcomes');
      expect(cells(outcomes, 'healthcare-use')).toEqual([
        ['GP consultations', 12, 5, 41.7, 6.6, 4.4, -2.2, -4.63, 0.23, 3, 60],
        ['A&E attendances', 12, 5, 41.7, 0.8, 0.4, -0.4, -0.88, 0.08, 2, 40],
      ]);
      expect(headlines(outcomes)).toEqual({
        'People with wellbeing measured before and after': 6,
        'Mean change in SWEMWBS score': 1.97,
        'Onward referrals sent': 8,
        'Onward referrals accepted (of those answered)': 71.4,
        'Partner services at capacity now': 2,
        'GP consultations recorded before and after (completeness)': 41.7,
        'Mean change in GP consultations per person': -2.2,
        'Mean change in A&E attendances per person': -0.4,
      });
      expect(outcomes.notes.some((n) => n.includes('"Not recorded" means'))).toBe(true);
    });

    it('filters by practice and by worker', async () => {
      const practice = await report('outcomes', { practiceId: fx.practices.A.id });
      expect(cells(practice, 'healthcare-use')).toEqual([
        ['GP consultations', 6, 3, 50, 6, 4, -2, -3.96, -0.04, 2, 66.7],
        ['A&E attendances', 6, 3, 50, 1, 0.33, -0.67, -1.32, -0.01, 2, 66.7],
      ]);
      expect(cells(practice, 'wellbeing-change').map((row) => row[2])).toEqual([3, 3, 3, 3, 3, 1]);
      expect(cells(practice, 'onward-by-service').map((row) => row.slice(3))).toEqual([
        [4, 3, 1, 4, 75, 2, 4],
        [1, 1, 0, 1, 100, 1, 8],
      ]);

      const birch = await report('outcomes', { workerId: fx.workers.birch.id });
      expect(cells(birch, 'wellbeing-change').map((row) => row[2])).toEqual([2, 2, 2, 2, 2, 1]);
      expect(cells(birch, 'onward-by-service')).toEqual([
        [named('Beta choir'), named('Acorn Community Trust'), 'Waiting list', 2, 1, 0, 1, 100, 0, null],
        [named('Gamma debt advice'), named('Bramble Advice'), 'Closed to referrals', 1, 1, 0, 1, 100, 1, 8],
      ]);
      expect(cells(birch, 'vcse-demand-capacity')).toEqual([
        [named('Acorn Community Trust'), 2, 1, 0, 2, 1],
        [named('Bramble Advice'), 1, 1, 0, 2, 1],
        [named('Cedar Friends'), 0, 0, 0, 1, 0],
      ]);
    });

    it('cuts long lists to the top rows in SQL and says how many there were', async () => {
      const scope: ReportScope = {
        pcnIds: [fx.pcnId],
        practiceId: null,
        workerId: null,
        from: fx.period.from,
        to: fx.period.to,
        fromTs: new Date(`${fx.period.from}T00:00:00Z`),
        toExclusive: new Date('2025-04-01T00:00:00Z'),
        now: new Date(),
        aggregateOnly: false,
      };
      const top = await onwardFigures(app.kith.database.db, scope, 1);
      expect(top.groups.map((g) => [g.level, g.serviceName ?? g.providerName, g.sent, g.groups])).toEqual([
        ['all', null, 8, 1],
        ['provider', named('Acorn Community Trust'), 6, 2],
        ['service', named('Alpha befriending'), 4, 3],
      ]);
      expect(top.partners.map((p) => p.providerName)).toEqual([named('Acorn Community Trust')]);
      expect(top.partnerTotal).toBe(3);
      expect(top.servicesAtCapacity.map((s) => s.serviceName)).toEqual([named('Beta choir')]);
      expect(top.servicesAtCapacityTotal).toBe(2);
    });

    it('shows empty tables with a message for a period with nothing in it', async () => {
      const empty = await report('outcomes', { from: '2020-01-01', to: '2020-12-31' });
      expect(table(empty, 'onward-by-service').rows).toEqual([]);
      expect(table(empty, 'onward-by-service').emptyMessage).toBeTruthy();
      expect(table(empty, 'healthcare-use').rows).toEqual([]);
      expect(cells(empty, 'wellbeing-change').map((row) => row[2])).toEqual([0, 0, 0, 0, 0, 0]);
      const funnel = await report('funnel', { from: '2020-01-01', to: '2020-12-31' });
      expect(headlines(funnel)['Referrals received']).toBe(0);
      expect(table(funnel, 'stages').rows).toEqual([]);
    });
  });

  describe('scope and filters', () => {
    it("answers 404 for a PCN outside the caller's scope", async () => {
      const response = await get(`/api/reports/funnel?${query({ pcnId: fx.otherPcnId })}`);
      expect(response.statusCode).toBe(404);
    });

    it('answers 400 naming workerId when a commissioner filters by worker', async () => {
      const response = await get(`/api/reports/outcomes?${query({ workerId: fx.workers.ash.id })}`, commissioner);
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([expect.objectContaining({ path: 'workerId' })]);
    });

    it('answers 400 naming the field for an end date before the start date', async () => {
      const response = await get(`/api/reports/funnel?${new URLSearchParams({ from: '2025-03-01', to: '2025-02-01' })}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([expect.objectContaining({ path: 'to' })]);
    });
  });

  describe('CSV export', () => {
    it('writes a header of column headings with their units and the same values as the JSON', async () => {
      for (const [reportId, tableId] of [
        ['funnel', 'by-practice'],
        ['outcomes', 'wellbeing-change'],
        ['outcomes', 'onward-by-service'],
      ] as const) {
        const json = await report(reportId, { practiceId: fx.practices.A.id });
        const response = await get(`/api/reports/${reportId}/tables/${tableId}.csv?${query({ practiceId: fx.practices.A.id })}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/csv/);
        expect(response.headers['content-disposition']).toContain(`kith-${reportId}-${tableId}-2025-01-01-to-2025-03-31.csv`);
        const [header, ...rows] = parse(response.body) as string[][];
        const t = table(json, tableId);
        expect(header).toEqual(t.columns.map(columnHeading));
        expect(rows).toEqual(cells(json, tableId).map((row) => row.map((v) => (v === null ? '' : String(v)))));
        expect(rows.length).toBeGreaterThan(0);
      }
    });

    it('answers 404 for a table the report does not have', async () => {
      const response = await get(`/api/reports/funnel/tables/no-such-table.csv?${query()}`);
      expect(response.statusCode).toBe(404);
    });
  });
});

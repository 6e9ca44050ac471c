import { ROI_EVIDENCE_CAVEAT } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../../test/pathway-test-data.ts';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { healthcareUse, people, referrals } from '../../../db/schema/index.ts';
import { createTestPost } from '../pressure/pressure-test-data.ts';

type Figures = [number | null, number | null, number | null, number | null] | null;

/**
 * Return on investment against a hand-worked fixture, period 2001, assumptions given in the query
 * (GP £40, A&E £150, link worker £1,000 per WTE a year, attribution 0.5).
 *
 * Cohort: 8 referrals received in 2001 (not counting one closed in error and one from 2000).
 * GP consultations before → after, recorded for 5: 6→3, 4→4, 8→5, 5→2, 7→6
 *   changes −3, 0, −3, −3, −1: mean −2, sd √2, 95% interval −2 ± 1.96 × √2/√5 = −3.2396 … −0.7604
 *   saving per end = fall × 8 people × £40 × 0.5 = fall × £160 → low £121.66, central £320, high £518.34
 * A&E attendances recorded for 3 only (fewer than 5): left out of the estimate, and said so.
 * Cost: a 0.5 WTE post all year + a 1.0 WTE post from 20 Oct (73 days = 0.2) = 0.7 WTE-years → £700;
 *   a health and wellbeing coach post and a post in another PCN do not count.
 * Return per £1: 121.66 / 700 = 0.17, 320 / 700 = 0.46, 518.34 / 700 = 0.74.
 */
describe('return on investment report', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  let commissioner: SignedIn;
  let workerB: string;
  const db = () => app.kith.database.db;
  const assumptions = 'gpConsultationCost=40&aeAttendanceCost=150&linkWorkerCostPerWte=1000&attributionShare=0.5';
  const period = 'from=2001-01-01&to=2001-12-31';

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const workerA = (await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }])).id;
    workerB = (await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }])).id;
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    commissioner = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'commissioner' }]));

    const referral = async (options: {
      worker: string;
      gp: Figures;
      ae: Figures;
      createdAt?: string;
      status?: 'active' | 'closed_in_error';
      atPractice?: boolean;
    }) => {
      const [person] = await db()
        .insert(people)
        .values({
          organisationId: tenant.pcn,
          nhsNumber: randomNhsNumber(),
          givenName: 'Ada',
          familyName: 'Roi',
          registeredPracticeId: options.atPractice ? tenant.practice : null,
        })
        .returning({ id: people.id });
      const [row] = await db()
        .insert(referrals)
        .values({
          organisationId: tenant.pcn,
          personId: person?.id as string,
          source: 'gp_practice',
          status: options.status ?? 'active',
          reasons: ['loneliness'],
          assignedWorkerId: options.worker,
          consentToReferral: true,
          consentToDataSharing: true,
          createdAt: new Date(options.createdAt ?? '2001-03-01T10:00:00Z'),
        })
        .returning({ id: referrals.id });
      if (!options.gp && !options.ae) return;
      await db()
        .insert(healthcareUse)
        .values({
          referralId: row?.id as string,
          personId: person?.id as string,
          gpConsultationsBefore: options.gp?.[0] ?? null,
          gpConsultationsAfter: options.gp?.[1] ?? null,
          aeAttendancesBefore: options.ae?.[0] ?? null,
          aeAttendancesAfter: options.ae?.[1] ?? null,
        });
    };
    const gp = (before: number, after: number): Figures => [before, after, null, null];
    await referral({ worker: workerA, gp: gp(6, 3), ae: [2, 0, null, null], atPractice: true });
    await referral({ worker: workerA, gp: gp(4, 4), ae: [1, 1, null, null], atPractice: true });
    await referral({ worker: workerA, gp: gp(8, 5), ae: [0, 0, null, null], atPractice: true });
    await referral({ worker: workerA, gp: gp(5, 2), ae: [null, 3, null, null] });
    await referral({ worker: workerA, gp: gp(7, 6), ae: null });
    await referral({ worker: workerA, gp: [3, null, null, null], ae: null });
    await referral({ worker: workerB, gp: null, ae: null });
    await referral({ worker: workerB, gp: null, ae: null });
    await referral({ worker: workerA, gp: gp(9, 0), ae: null, status: 'closed_in_error' });
    await referral({ worker: workerA, gp: gp(9, 0), ae: null, createdAt: '2000-12-31T23:00:00Z' });

    const post = (options: Parameters<typeof createTestPost>[1]) => createTestPost(db(), options);
    await post({ pcnId: tenant.pcn, employerId: tenant.practice, holderUserId: workerA, wte: 0.5, startDate: '2000-01-01' });
    await post({ pcnId: tenant.pcn, employerId: tenant.practice, holderUserId: workerB, wte: 1, startDate: '2001-10-20' });
    await post({ pcnId: otherPcn, employerId: tenant.practice, holderUserId: workerA, wte: 1, startDate: '2000-01-01' });
    await post({
      pcnId: tenant.pcn,
      employerId: tenant.practice,
      holderUserId: workerA,
      wte: 1,
      startDate: '2000-01-01',
      role: 'health_wellbeing_coach',
    });
  });
  afterAll(() => app.close());

  const get = async (session: SignedIn, extra = '') => {
    const response = await app.inject({
      url: `/api/reports/roi?${period}&${assumptions}${extra}`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      headlines: { label: string; value: unknown }[];
      tables: { id: string; rows: Record<string, unknown>[] }[];
      notes: string[];
    };
  };
  const rows = (report: Awaited<ReturnType<typeof get>>, id: string) => report.tables.find((t) => t.id === id)?.rows;

  it('shows every assumption by its name, with its value, unit and where it comes from, never by its code', async () => {
    const report = await get(supervisor);
    expect(JSON.stringify(report.tables.find((t) => t.id === 'assumptions'))).not.toMatch(
      /gpConsultationCost|aeAttendanceCost|linkWorkerCostPerWte|attributionShare/,
    );
    expect(rows(report, 'assumptions')).toEqual([
      {
        assumption: 'Unit cost of a GP consultation',
        value: 40,
        unit: '£ per consultation',
        source: 'Changed for this view',
      },
      {
        assumption: 'Unit cost of an A&E attendance',
        value: 150,
        unit: '£ per attendance',
        source: 'Changed for this view',
      },
      {
        assumption: 'Link worker cost (salary and on-costs)',
        value: 1000,
        unit: '£ per WTE per year',
        source: 'Changed for this view',
      },
      {
        assumption: 'Share of the change attributed to social prescribing',
        value: 0.5,
        unit: 'share (0 to 1)',
        source: 'Changed for this view',
      },
    ]);
    expect(report.notes[0]).toBe(ROI_EVIDENCE_CAVEAT);
  });

  it('shows the observed changes with their completeness, never filling gaps', async () => {
    const report = await get(supervisor);
    expect(rows(report, 'observed')).toEqual([
      {
        measure: 'GP consultations',
        cohort: 8,
        recorded: 5,
        completeness: 62.5,
        meanBefore: 6,
        meanAfter: 4,
        meanChange: -2,
        changeLow: -3.24,
        changeHigh: -0.76,
      },
      {
        measure: 'A&E attendances',
        cohort: 8,
        recorded: 3,
        completeness: 37.5,
        meanBefore: 1,
        meanAfter: 0.33,
        meanChange: -0.67,
        changeLow: -1.97,
        changeHigh: 0.64,
      },
    ]);
  });

  it('gives a low, central and high return from the interval, leaving out a measure with too little data', async () => {
    const report = await get(supervisor);
    expect(rows(report, 'range')).toEqual([
      {
        estimate: 'Low',
        basedOn: 5,
        savingPerPerson: 15.21,
        peopleSupported: 8,
        gpSaving: 122,
        aeSaving: null,
        benefit: 122,
        wteYears: 0.7,
        cost: 700,
        costPerPerson: 87.5,
        returnPerPound: 0.17,
      },
      {
        estimate: 'Central',
        basedOn: 5,
        savingPerPerson: 40,
        peopleSupported: 8,
        gpSaving: 320,
        aeSaving: null,
        benefit: 320,
        wteYears: 0.7,
        cost: 700,
        costPerPerson: 87.5,
        returnPerPound: 0.46,
      },
      {
        estimate: 'High',
        basedOn: 5,
        savingPerPerson: 64.79,
        peopleSupported: 8,
        gpSaving: 518,
        aeSaving: null,
        benefit: 518,
        wteYears: 0.7,
        cost: 700,
        costPerPerson: 87.5,
        returnPerPound: 0.74,
      },
    ]);
    // Like for like: £40 saving per person referred against £87.50 of link worker cost per person referred.
    expect(report.headlines.map((h) => h.value)).toEqual([8, 40, 87.5, 0.46, 0.17, 0.74]);
    expect(report.notes.some((n) => n.startsWith('A&E attendances are not in the estimate'))).toBe(true);
  });

  it('says so instead of giving a number when too little is recorded (one worker)', async () => {
    const report = await get(supervisor, `&workerId=${workerB}`);
    expect(rows(report, 'range')?.map((r) => [r.benefit, r.cost, r.returnPerPound])).toEqual([
      [null, 200, null],
      [null, 200, null],
      [null, 200, null],
    ]);
    expect(report.notes).toContain('There is not enough recorded healthcare use to estimate a return for this view.');
  });

  it('gives no cost or return for one practice, whose share of the posts is unknown', async () => {
    const report = await get(supervisor, `&practiceId=${tenant.practice}`);
    expect(report.headlines[0]?.value).toBe(3);
    expect(rows(report, 'range')?.map((r) => r.cost)).toEqual([null, null, null]);
    expect(report.notes.some((n) => n.includes('not shown for one practice'))).toBe(true);
  });

  it('suppresses small numbers and what is derived from them for commissioners', async () => {
    const report = await get(commissioner, `&pcnId=${tenant.pcn}`);
    // Priced from what the commissioner is shown: 10 people (8 exactly) × the change to 2 decimals:
    // central 2 × 10 × £40 × 0.5 = £400; low 0.76 × £200 = £152; high 3.24 × £200 = £648. The cost
    // is withheld: 0.7 WTE on average over the year is under 5, and so is the return.
    // The saving per person is £400 ÷ the 10 shown; the cost per person is withheld with the cost.
    expect(report.headlines.map((h) => h.value)).toEqual([10, 40, null, null, null, null]);
    expect(rows(report, 'range')?.map((r) => [r.basedOn, r.gpSaving, r.benefit, r.wteYears, r.cost, r.returnPerPound])).toEqual([
      [5, 152, 152, null, null, null],
      [5, 400, 400, null, null, null],
      [5, 648, 648, null, null, null],
    ]);
    expect(report.notes.some((n) => n.includes('averages fewer than 5 over the period'))).toBe(true);
    expect(rows(report, 'observed')).toEqual([
      {
        measure: 'GP consultations',
        cohort: 10,
        recorded: 5,
        // From the rounded counts: 5 of 10 (5 of 8 exactly would be 62.5%).
        completeness: 50,
        meanBefore: 6,
        meanAfter: 4,
        meanChange: -2,
        changeLow: -3.24,
        changeHigh: -0.76,
      },
      {
        measure: 'A&E attendances',
        cohort: 10,
        recorded: '<5',
        completeness: null,
        meanBefore: null,
        meanAfter: null,
        meanChange: null,
        changeLow: null,
        changeHigh: null,
      },
    ]);
  });

  it('rejects an assumption out of range, naming it', async () => {
    const response = await app.inject({ url: `/api/reports/roi?attributionShare=1.5`, headers: { cookie: supervisor.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('attributionShare');
  });
});

import { meanInterval95, type ReportTable, ROI_EVIDENCE_CAVEAT, roundTo } from '@kith/shared';
import type { RawHeadline, ReportBuilder } from '../report-types.ts';
import { getReportSettings } from '../settings/report-settings-service.ts';
import { assumptionsTable, resolveAssumptions } from './roi-assumptions.ts';
import { linkWorkerWteYears, type ObservedChange, type ObservedUse, observedHealthcareUse } from './roi-observed.ts';
import { estimateRoi, MIN_RECORDED, pricingInputs, publishedWteYears, type RoiEstimate } from './roi-range.ts';

const DAY_MS = 86_400_000;

const MEASURES = [
  { key: 'gp', label: 'GP consultations' },
  { key: 'ae', label: 'A&E attendances' },
] as const;

/**
 * Return on investment (docs/reports.md): a low / central / high range from the changes in GP
 * consultations and A&E attendances recorded in Kith, priced with assumptions that are all shown
 * and can be changed for the view, against the cost of the link workers in scope — with the
 * published caveat on the quality of the evidence.
 */
export const roiReport: ReportBuilder = async (db, scope, query) => {
  const settings = await getReportSettings(db);
  const assumptions = resolveAssumptions(settings, query);
  const observed = await observedHealthcareUse(db, scope);
  // Posts are held by PCNs, so the cost of one practice's share cannot be known without guessing.
  const exactWteYears = scope.practiceId ? null : await linkWorkerWteYears(db, scope);
  // Aggregate-only callers get savings and cost priced from rounded figures, never exact ones.
  const periodDays = (scope.toExclusive.getTime() - scope.fromTs.getTime()) / DAY_MS;
  const wteYears = scope.aggregateOnly && exactWteYears !== null ? publishedWteYears(exactWteYears, periodDays) : exactWteYears;
  const estimate = estimateRoi(pricingInputs(observed, scope.aggregateOnly), assumptions.values, wteYears);
  const costWithheld = scope.practiceId ? 'practice' : wteYears === null ? 'suppressed' : null;

  return {
    headlines: headlines(observed, estimate),
    tables: [assumptionsTable(assumptions), observedTable(observed), rangeTable(estimate, wteYears)],
    notes: [
      ROI_EVIDENCE_CAVEAT,
      ...methodNotes({ observed, estimate, wteYears, aggregateOnly: scope.aggregateOnly, costWithheld }),
    ],
  };
};

function headlines(observed: ObservedUse, estimate: RoiEstimate): RawHeadline[] {
  const r = estimate.returnPerPound;
  return [
    { label: 'People supported (referrals in the period)', value: observed.cohort, kind: 'count' },
    {
      label: 'Saving per person referred (central estimate)',
      value: estimate.savingPerPerson ? roundTo(estimate.savingPerPerson.central, 2) : null,
      kind: 'statistic',
      unit: 'pounds',
      decimals: 2,
      sampleSize: estimate.basedOn,
    },
    {
      label: 'Link worker cost per person referred',
      value: estimate.costPerPerson === null ? null : roundTo(estimate.costPerPerson, 2),
      kind: 'money',
      decimals: 2,
    },
    {
      label: 'Return per £1 (central estimate)',
      value: r ? roundTo(r.central, 2) : null,
      kind: 'statistic',
      unit: 'pounds',
      sampleSize: estimate.basedOn,
    },
    {
      label: 'Return per £1 (low)',
      value: r ? roundTo(r.low, 2) : null,
      kind: 'statistic',
      unit: 'pounds',
      sampleSize: estimate.basedOn,
    },
    {
      label: 'Return per £1 (high)',
      value: r ? roundTo(r.high, 2) : null,
      kind: 'statistic',
      unit: 'pounds',
      sampleSize: estimate.basedOn,
    },
  ];
}

function observedTable(observed: ObservedUse): ReportTable {
  const statistic = (key: string, label: string) =>
    ({ key, label, kind: 'statistic', sampleSize: 'recorded', decimals: 2 }) as const;
  return {
    id: 'observed',
    title: 'Observed change in healthcare use',
    description:
      'Six months before and six months after the referral, for referrals in the period with both figures recorded. Missing figures are not filled in.',
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'cohort', label: 'Referrals in the period', kind: 'count' },
      { key: 'recorded', label: 'With before and after recorded', kind: 'count' },
      {
        key: 'completeness',
        label: 'Completeness',
        kind: 'rate',
        numerator: 'recorded',
        denominator: 'cohort',
        decimals: 1,
        unit: 'percent',
      },
      statistic('meanBefore', 'Mean before'),
      statistic('meanAfter', 'Mean after'),
      statistic('meanChange', 'Mean change per person'),
      statistic('changeLow', 'Change, 95% interval low'),
      statistic('changeHigh', 'Change, 95% interval high'),
    ],
    rows: MEASURES.map(({ key, label }) => observedRow(label, observed.cohort, observed[key])),
  };
}

function observedRow(measure: string, cohort: number, change: ObservedChange) {
  const interval = meanInterval95(change.change);
  const round = (value: number | null | undefined) => (value === null || value === undefined ? null : roundTo(value, 2));
  return {
    measure,
    cohort,
    recorded: change.n,
    completeness: cohort > 0 ? roundTo((100 * change.n) / cohort, 1) : null,
    meanBefore: round(change.meanBefore),
    meanAfter: round(change.meanAfter),
    meanChange: round(change.change.mean),
    changeLow: round(interval?.low),
    changeHigh: round(interval?.high),
  };
}

function rangeTable(estimate: RoiEstimate, wteYears: number | null): ReportTable {
  const money = (key: string, label: string) =>
    ({ key, label, kind: 'statistic', sampleSize: 'basedOn', decimals: 0, unit: 'pounds' }) as const;
  const ends = [
    { key: 'low', label: 'Low' },
    { key: 'central', label: 'Central' },
    { key: 'high', label: 'High' },
  ] as const;
  const pounds = (value: number | undefined) => (value === undefined ? null : roundTo(value, 0));
  return {
    id: 'range',
    title: 'Estimated return',
    description:
      'Like for like: the saving per person (the change seen in the referrals with healthcare use recorded, priced with the assumptions) applied to everyone referred in the period, against the cost of the link workers in scope for the same period. The return is the saving per person ÷ the cost per person, which is the same as total saving ÷ total cost.',
    columns: [
      { key: 'estimate', label: 'Estimate', kind: 'text' },
      { key: 'basedOn', label: 'Referrals with recorded data', kind: 'count' },
      {
        key: 'savingPerPerson',
        label: 'Saving per person referred',
        kind: 'statistic',
        sampleSize: 'basedOn',
        decimals: 2,
        unit: 'pounds',
      },
      { key: 'peopleSupported', label: 'People referred (the saving is applied to all)', kind: 'count' },
      money('gpSaving', 'GP consultation saving'),
      money('aeSaving', 'A&E attendance saving'),
      money('benefit', 'Total saving'),
      { key: 'wteYears', label: 'Link worker WTE-years', kind: 'number', decimals: 2 },
      { key: 'cost', label: 'Link worker cost', kind: 'money', decimals: 0 },
      { key: 'costPerPerson', label: 'Link worker cost per person referred', kind: 'money', decimals: 2 },
      { key: 'returnPerPound', label: 'Return per £1', kind: 'statistic', sampleSize: 'basedOn', decimals: 2, unit: 'pounds' },
    ],
    rows: ends.map(({ key, label }) => ({
      estimate: label,
      basedOn: estimate.basedOn,
      savingPerPerson: estimate.savingPerPerson ? roundTo(estimate.savingPerPerson[key], 2) : null,
      peopleSupported: estimate.peopleSupported,
      gpSaving: pounds(estimate.gp?.[key]),
      aeSaving: pounds(estimate.ae?.[key]),
      benefit: pounds(estimate.benefit?.[key]),
      wteYears: wteYears === null ? null : roundTo(wteYears, 2),
      cost: estimate.cost === null ? null : roundTo(estimate.cost, 0),
      costPerPerson: estimate.costPerPerson === null ? null : roundTo(estimate.costPerPerson, 2),
      returnPerPound: estimate.returnPerPound ? roundTo(estimate.returnPerPound[key], 2) : null,
    })),
    chart: { type: 'bar', x: 'estimate', series: ['benefit', 'cost'] },
  };
}

interface MethodNoteFacts {
  observed: ObservedUse;
  estimate: RoiEstimate;
  /** Link worker WTE-years costed; null when the cost is withheld. */
  wteYears: number | null;
  aggregateOnly: boolean;
  /** Why the cost is not shown: a practice was chosen, or the WTE is too small to publish. */
  costWithheld: 'practice' | 'suppressed' | null;
}

function methodNotes({ observed, estimate, wteYears, aggregateOnly, costWithheld }: MethodNoteFacts): string[] {
  const notes = [
    'What the return covers: like for like, everyone referred in the period against the link worker cost of the same period. Healthcare use is recorded for only some of them, so the saving per person is worked out from those with both figures recorded (fall in the mean, after − before, × unit cost × attribution share) and applied to everyone referred (except referrals closed in error): the completeness column lets you judge how far that holds. The savings of the few with figures are never set against the cost of the whole service. Low and high use the 95% interval of the mean change. The saving is over the six months after each referral.',
    ...(aggregateOnly
      ? [
          'With small numbers suppressed, savings are priced from the figures shown: people supported rounded to the nearest 5, and the mean change and its interval to 2 decimal places. The cost uses the average link worker WTE over the period rounded to the nearest 5.',
        ]
      : []),
    'Cost = link worker cost per WTE × the WTE of the link worker posts in scope, pro rata to the days of the period they cover (Workforce).',
    'Defaults for the assumptions are illustrative only: replace them with local unit costs and pay in the report settings, or change them for this view.',
  ];
  for (const { key, label } of MEASURES) {
    if (!estimate[key]) {
      notes.push(
        `${label} are not in the estimate: fewer than ${MIN_RECORDED} referrals in the period have them recorded both before and after. Record them from the GP record to include them.`,
      );
    }
  }
  if (!estimate.benefit) {
    notes.push('There is not enough recorded healthcare use to estimate a return for this view.');
  }
  if (costWithheld === 'practice') {
    notes.push(
      'The cost and the return are not shown for one practice: link worker posts are held by the PCN, not by practices.',
    );
  } else if (costWithheld === 'suppressed') {
    notes.push(
      'The cost and the return are not shown: the link worker WTE in scope averages fewer than 5 over the period, and small numbers are suppressed.',
    );
  } else if (wteYears === 0) {
    notes.push(
      'No link worker posts in scope cover the period, so the cost and the return cannot be worked out. Add the posts in Workforce.',
    );
  }
  if (observed.cohort === 0) notes.push('No referrals were received in the period.');
  return notes;
}

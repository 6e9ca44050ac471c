import { meanInterval95, percentage, type ReportCell, type ReportColumn, type ReportTable, roundTo } from '@kith/shared';
import {
  type ChangeSummary,
  HEALTHCARE_MEASURES,
  type HealthcareMeasureKey,
  type HealthcareUseSummary,
  type WellbeingFigures,
} from './outcomes-repository.ts';
import { WELLBEING_MEASURES } from './wellbeing-measures.ts';

/** Means and changes are shown to 2 decimal places. */
export const mean = (value: number | null): number | null => (value === null ? null : roundTo(value, 2));

const EMPTY_CHANGE: ChangeSummary = { n: 0, baselineMean: null, latestMean: null, meanChange: null, sdChange: null, improved: 0 };

/** Mean change and its 95% interval (mean ± 1.96 × sd / √n), rounded for display. */
export function changeCells(summary: ChangeSummary): Record<'meanChange' | 'changeLow' | 'changeHigh', ReportCell> {
  const interval = meanInterval95({ n: summary.n, mean: summary.meanChange, sd: summary.sdChange });
  return {
    meanChange: mean(summary.meanChange),
    changeLow: interval ? mean(interval.low) : null,
    changeHigh: interval ? mean(interval.high) : null,
  };
}

/**
 * The mean change and its interval in the better direction: as they are where higher is better,
 * negated (and the interval's ends swapped) where lower is better.
 */
export function improvementCells(
  summary: ChangeSummary,
  higherIsBetter: boolean,
): Record<'improvement' | 'improvementLow' | 'improvementHigh', ReportCell> {
  const { meanChange, changeLow, changeHigh } = changeCells(summary);
  const better = (value: ReportCell): ReportCell =>
    typeof value === 'number' && !higherIsBetter ? (value === 0 ? 0 : -value) : value;
  return higherIsBetter
    ? { improvement: meanChange, improvementLow: changeLow, improvementHigh: changeHigh }
    : { improvement: better(meanChange), improvementLow: better(changeHigh), improvementHigh: better(changeLow) };
}

const statistic = (key: string, label: string, sampleSize: string): ReportColumn => ({
  key,
  label,
  kind: 'statistic',
  sampleSize,
  decimals: 2,
});

/** Impact on the person: every wellbeing figure, baseline → latest, always all six rows. */
export function wellbeingTable(figures: WellbeingFigures): ReportTable {
  return {
    id: 'wellbeing-change',
    title: 'Impact on the person: wellbeing from baseline to latest measure',
    description:
      'People referred in the period with a baseline and a later review or discharge measure. Change is latest minus baseline; for anxiety and loneliness a fall is an improvement.',
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'better', label: 'Better when', kind: 'text' },
      { key: 'pairs', label: 'People measured before and after', kind: 'count' },
      statistic('baselineMean', 'Mean at baseline', 'pairs'),
      statistic('latestMean', 'Mean at latest', 'pairs'),
      statistic('meanChange', 'Mean change', 'pairs'),
      statistic('changeLow', 'Mean change, 95% interval from', 'pairs'),
      statistic('changeHigh', 'Mean change, 95% interval to', 'pairs'),
      { key: 'improved', label: 'Improved', kind: 'count' },
      { key: 'improvedRate', label: 'Improved (%)', kind: 'rate', numerator: 'improved', denominator: 'pairs' },
      // The change turned so that better is always positive (a fall in anxiety or loneliness is a
      // gain), for the charts: each measure drawn on its own scale, improvement always rightwards.
      statistic('improvement', 'Mean improvement (better is positive)', 'pairs'),
      statistic('improvementLow', 'Mean improvement, 95% interval from', 'pairs'),
      statistic('improvementHigh', 'Mean improvement, 95% interval to', 'pairs'),
      { key: 'scaleMin', label: 'Lowest possible score', kind: 'number', decimals: 0 },
      { key: 'scaleMax', label: 'Highest possible score', kind: 'number', decimals: 0 },
    ],
    rows: WELLBEING_MEASURES.map((measure) => {
      const summary = figures.byMeasure.get(measure.key) ?? EMPTY_CHANGE;
      return {
        measure: measure.label,
        better: measure.higherIsBetter ? 'Higher' : 'Lower',
        pairs: summary.n,
        baselineMean: mean(summary.baselineMean),
        latestMean: mean(summary.latestMean),
        ...changeCells(summary),
        improved: summary.improved,
        improvedRate: percentage(summary.improved, summary.n),
        ...improvementCells(summary, measure.higherIsBetter),
        scaleMin: measure.scale[0],
        scaleMax: measure.scale[1],
      };
    }),
    chart: {
      type: 'small-multiples',
      x: 'measure',
      series: ['improvement'],
      interval: ['improvementLow', 'improvementHigh'],
      scale: ['scaleMin', 'scaleMax'],
    },
    emptyMessage: 'No one referred in this period has a baseline and a later wellbeing measure yet.',
  };
}

/** Impact on the health and care system: GP and A&E use six months before and after. */
export function healthcareUseTable(figures: Map<HealthcareMeasureKey, HealthcareUseSummary>, cohort: number): ReportTable {
  return {
    id: 'healthcare-use',
    title: 'Impact on the health and care system: GP consultations and A&E attendances',
    description:
      'In the six months before and the six months after the referral, as recorded from the GP record. Only people with both figures recorded are in the means; completeness is out of everyone referred.',
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'cohort', label: 'People referred', kind: 'count' },
      { key: 'recorded', label: 'Recorded before and after', kind: 'count' },
      { key: 'completeness', label: 'Completeness (%)', kind: 'rate', numerator: 'recorded', denominator: 'cohort' },
      statistic('meanBefore', 'Mean before', 'recorded'),
      statistic('meanAfter', 'Mean after', 'recorded'),
      statistic('meanChange', 'Mean change', 'recorded'),
      statistic('changeLow', 'Mean change, 95% interval from', 'recorded'),
      statistic('changeHigh', 'Mean change, 95% interval to', 'recorded'),
      { key: 'fewer', label: 'Fewer after', kind: 'count' },
      { key: 'fewerRate', label: 'Fewer after (%)', kind: 'rate', numerator: 'fewer', denominator: 'recorded' },
    ],
    rows:
      cohort === 0
        ? []
        : HEALTHCARE_MEASURES.map(({ key, label }) => {
            const summary = figures.get(key) ?? { ...EMPTY_CHANGE, cohort };
            return {
              measure: label,
              cohort: summary.cohort,
              recorded: summary.n,
              completeness: percentage(summary.n, summary.cohort),
              meanBefore: mean(summary.baselineMean),
              meanAfter: mean(summary.latestMean),
              ...changeCells(summary),
              fewer: summary.improved,
              fewerRate: percentage(summary.improved, summary.n),
            };
          }),
    chart: { type: 'bar', x: 'measure', series: ['meanBefore', 'meanAfter'] },
    emptyMessage: 'No referrals were received in this period.',
  };
}

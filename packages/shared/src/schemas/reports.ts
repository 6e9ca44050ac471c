import { z } from 'zod';
import { Id } from './common.ts';
import { IsoDate } from './person.ts';

/**
 * Impact and pressure reports. Every report is a list of tables in one shape (`ReportTable`), so
 * one suppression rule, one CSV writer and one table component serve them all. Counts that a
 * commissioner sees pass through packages/shared/src/rules/suppression.ts: a suppressed count is
 * the string "<5"; a hidden rate or statistic is null.
 */
export const REPORT_IDS = ['outcomes', 'funnel', 'caseload-pressure', 'unmet-need', 'roi'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export const REPORT_TITLES: Record<ReportId, string> = {
  outcomes: 'Common outcomes framework',
  funnel: 'Referral funnel and equity',
  'caseload-pressure': 'Caseload pressure',
  'unmet-need': 'Unmet need and provider pressure',
  roi: 'Return on investment',
};

/** Filters every report accepts. The period is [from, to] inclusive; by default the last 12 months. */
export const ReportFilterFields = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  pcnId: Id.optional(),
  practiceId: Id.optional(),
  workerId: Id.optional(),
});
export type ReportFilterFields = z.infer<typeof ReportFilterFields>;
const periodInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;
const periodMessage = { path: ['to'], message: 'The end date must be on or after the start date' };
export const ReportFilters = ReportFilterFields.refine(periodInOrder, periodMessage);
export type ReportFilters = z.infer<typeof ReportFilters>;

export const ReportParams = z.object({ reportId: z.enum(REPORT_IDS) });
export type ReportParams = z.infer<typeof ReportParams>;
export const ReportTableParams = z.object({ reportId: z.enum(REPORT_IDS), tableId: z.string().regex(/^[a-z0-9-]+$/) });
export type ReportTableParams = z.infer<typeof ReportTableParams>;

/**
 * What a column holds, which decides how it is suppressed and shown:
 * - `count`: a count of people or records, or a weighted count of them ("<5" / rounded to 5 for
 *   commissioners);
 * - `rate`: 100 × the row's `numerator` count ÷ its `denominator` count; for commissioners it is
 *   worked out again from the rounded counts (never the exact ones);
 * - `statistic`: a mean, median, interval bound or change, hidden when the row's `sampleSize`
 *   count is below 5; anything in it that is derived from counts (money, capacity) must already
 *   be worked out from the rounded counts for commissioners (the builder does it);
 * - `money` (pounds), `number` (a plain figure that is not about people, e.g. an assumption or a
 *   directory fact), `text`, `date`.
 */
export const REPORT_COLUMN_KINDS = ['text', 'date', 'count', 'rate', 'statistic', 'number', 'money'] as const;
export type ReportColumnKind = (typeof REPORT_COLUMN_KINDS)[number];

export const ReportColumn = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(REPORT_COLUMN_KINDS),
  /** For `rate`: the count columns it is computed from. */
  numerator: z.string().optional(),
  denominator: z.string().optional(),
  /** For `statistic`: the count column giving the number of values behind it. */
  sampleSize: z.string().optional(),
  /** Decimal places shown (statistics, money, numbers). */
  decimals: z.number().int().min(0).max(4).optional(),
  /** How a statistic or number is read: "£12.50", "12 days", "12%". */
  unit: z.enum(['pounds', 'days', 'percent']).optional(),
});
export type ReportColumn = z.infer<typeof ReportColumn>;

/**
 * A column's heading with its unit, as the screen and the CSV both show it: "(%)" on rates and
 * percentages, "(£)" on money and "(days)" on days, unless the label already says so. The CSV
 * carries bare numbers, so its heading is the only place the unit can be read.
 */
export function columnHeading(column: Pick<ReportColumn, 'label' | 'kind' | 'unit'>): string {
  const { label, kind, unit } = column;
  if ((kind === 'rate' || unit === 'percent') && !label.includes('%')) return `${label} (%)`;
  if ((kind === 'money' || unit === 'pounds') && !label.includes('£')) return `${label} (£)`;
  if (unit === 'days' && !/\bdays?\b/i.test(label)) return `${label} (days)`;
  return label;
}

/** A cell: a number, text, "<5" (a suppressed count) or null (not recorded, not applicable or hidden). */
export const ReportCell = z.union([z.number(), z.string(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

/**
 * `small-multiples`: one small bar chart per row, each on that row's own axis (`scale`), so
 * measures on different scales (ONS4 0–10, SWEMWBS 7–35) are never drawn against one axis.
 */
export const REPORT_CHART_TYPES = ['bar', 'stacked-bar', 'line', 'small-multiples'] as const;

/** A chart drawn from the table's own rows, so the chart and its accessible table never disagree. */
export const ReportChart = z.object({
  type: z.enum(REPORT_CHART_TYPES),
  /** The column giving each bar's or point's label. */
  x: z.string(),
  /** The columns plotted, one series each. */
  series: z.array(z.string()).min(1),
  /** For line charts: one line per distinct value of this column (e.g. per worker). */
  groupBy: z.string().optional(),
  /** For small multiples: the columns giving each row's lowest and highest possible score. */
  scale: z.tuple([z.string(), z.string()]).optional(),
  /** For small multiples: the columns giving the first series' 95% interval, drawn as a whisker. */
  interval: z.tuple([z.string(), z.string()]).optional(),
});
export type ReportChart = z.infer<typeof ReportChart>;

export const ReportTable = z.object({
  /** Stable id, used in the CSV URL: /api/reports/:reportId/tables/:tableId.csv */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  description: z.string().optional(),
  columns: z.array(ReportColumn),
  rows: z.array(z.record(z.string(), ReportCell)),
  chart: ReportChart.optional(),
  /**
   * The count column the rows are ranked by, most first. For commissioners the rows are ranked
   * again on the rounded counts, ties in the order of the text columns, so the order gives away
   * nothing the rounded counts do not (two "<5" rows never show which is larger).
   */
  rankedBy: z.string().optional(),
  /** Shown when there are no rows. */
  emptyMessage: z.string().optional(),
});
export type ReportTable = z.infer<typeof ReportTable>;

export const Report = z.object({
  id: z.enum(REPORT_IDS),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  period: z.object({ from: IsoDate, to: IsoDate }),
  filters: z.object({
    pcnId: Id.nullable(),
    practiceId: Id.nullable(),
    workerId: Id.nullable(),
  }),
  /** True when small-number suppression was applied (commissioners). */
  suppressed: z.boolean(),
  /** Key figures for the top of the page and the evidence pack. */
  headlines: z.array(
    z.object({
      label: z.string(),
      value: ReportCell,
      kind: z.enum(REPORT_COLUMN_KINDS),
      unit: ReportColumn.shape.unit,
      decimals: ReportColumn.shape.decimals,
    }),
  ),
  tables: z.array(ReportTable),
  /** Caveats and method notes, shown with the report and in the evidence pack. */
  notes: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

/** The organisations and workers a report can be filtered by, within the caller's scope. */
export const ReportFilterOptions = z.object({
  pcns: z.array(z.object({ id: Id, name: z.string() })),
  practices: z.array(z.object({ id: Id, name: z.string(), pcnId: Id })),
  /** Empty for callers who see aggregates only. */
  workers: z.array(z.object({ id: Id, name: z.string() })),
  aggregateOnly: z.boolean(),
  canConfigure: z.boolean(),
});
export type ReportFilterOptions = z.infer<typeof ReportFilterOptions>;

/** Caseload capacity and the supervisor alert (defaults from published guidance: ~40 active, 250 a year per WTE). */
export const PressureSettings = z.object({
  activeCapacityPerWte: z.number().int().min(1).max(500),
  yearlyCapacityPerWte: z.number().int().min(1).max(5000),
  /** A worker is "over" when weighted active cases exceed this percentage of capacity. */
  alertThresholdPercent: z.number().int().min(50).max(300),
  /** Supervisors are alerted when a worker has been over for this many consecutive days. */
  alertAfterDays: z.number().int().min(1).max(90),
});
export type PressureSettings = z.infer<typeof PressureSettings>;

export const DEFAULT_PRESSURE_SETTINGS: PressureSettings = {
  activeCapacityPerWte: 40,
  yearlyCapacityPerWte: 250,
  alertThresholdPercent: 100,
  alertAfterDays: 14,
};

/** The return-on-investment assumptions: every one visible and editable, per view and as saved defaults. */
export const RoiAssumptions = z.object({
  /** £ per GP consultation. */
  gpConsultationCost: z.coerce.number().min(0).max(10_000),
  /** £ per A&E attendance. */
  aeAttendanceCost: z.coerce.number().min(0).max(100_000),
  /** £ per year for one whole-time-equivalent link worker, salary and on-costs. */
  linkWorkerCostPerWte: z.coerce.number().min(0).max(1_000_000),
  /** Share of the observed change attributed to social prescribing, 0–1. */
  attributionShare: z.coerce.number().min(0).max(1),
});
export type RoiAssumptions = z.infer<typeof RoiAssumptions>;

/**
 * Illustrative defaults, marked unverified in the screen: replace with local unit costs. The GP
 * and A&E figures are typical published national unit-cost magnitudes; the link worker cost is a
 * Band 4 top point with on-costs.
 */
export const DEFAULT_ROI_ASSUMPTIONS: RoiAssumptions = {
  gpConsultationCost: 42,
  aeAttendanceCost: 180,
  linkWorkerCostPerWte: 38_000,
  attributionShare: 0.5,
};

/** The published caveat the ROI report and the evidence pack must show. */
export const ROI_EVIDENCE_CAVEAT =
  'Published evaluations of social prescribing vary widely and are at high risk of bias (Bickerdike et al. 2017, BMJ Open). ' +
  'Early studies report, for example, an average 28% fall in GP demand and 24% in A&E attendance, social returns of £2.30–£3.51 per £1 in individual schemes ' +
  'and £1.69 saved per £1 in Gloucestershire. This estimate uses the changes recorded in Kith and the assumptions shown; treat it as a range, not a finding.';

/** Assumptions overridden for one view of the ROI report (the saved defaults fill the rest). */
export const RoiQuery = z.object({
  gpConsultationCost: RoiAssumptions.shape.gpConsultationCost.optional(),
  aeAttendanceCost: RoiAssumptions.shape.aeAttendanceCost.optional(),
  linkWorkerCostPerWte: RoiAssumptions.shape.linkWorkerCostPerWte.optional(),
  attributionShare: RoiAssumptions.shape.attributionShare.optional(),
});
export type RoiQuery = z.infer<typeof RoiQuery>;

/** The query string of every report and CSV: the filters, plus ROI assumptions (ignored by other reports). */
export const ReportQuery = ReportFilterFields.extend(RoiQuery.shape).refine(periodInOrder, periodMessage);
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportSettings = z.object({
  pressure: PressureSettings,
  roi: RoiAssumptions,
  updatedAt: z.iso.datetime().nullable(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const UpdateReportSettingsRequest = z.object({ pressure: PressureSettings, roi: RoiAssumptions });
export type UpdateReportSettingsRequest = z.infer<typeof UpdateReportSettingsRequest>;

const visits = (label: string) =>
  z
    .number({ message: `Enter ${label} as a whole number` })
    .int({ message: `Enter ${label} as a whole number` })
    .min(0, { message: `${label[0]?.toUpperCase()}${label.slice(1)} cannot be negative` })
    .max(999)
    .nullable();

/**
 * GP consultations and A&E attendances in the six months before the referral and the six months
 * after it, as recorded from the GP record. Null means "not recorded": reports show completeness
 * and never fill gaps.
 */
export const HealthcareUseInput = z.object({
  gpConsultationsBefore: visits('GP consultations before'),
  gpConsultationsAfter: visits('GP consultations after'),
  aeAttendancesBefore: visits('A&E attendances before'),
  aeAttendancesAfter: visits('A&E attendances after'),
});
export type HealthcareUseInput = z.infer<typeof HealthcareUseInput>;

/** The "after" figures, which cannot exist until the six months after the referral have passed. */
export const HEALTHCARE_USE_AFTER_FIELDS = ['gpConsultationsAfter', 'aeAttendancesAfter'] as const;

/**
 * The first day the "6 months after" figures can be entered: six calendar months after the day
 * the referral was received (UTC), the day after the six months end. A referral received on
 * 31 August gives 1 March (the end of February, then the next day), never an invalid date.
 */
export function healthcareUseAfterFrom(receivedAt: Date | string): string {
  const received = new Date(receivedAt);
  const year = received.getUTCFullYear();
  const month = received.getUTCMonth() + 6;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, month, Math.min(received.getUTCDate(), lastDayOfTargetMonth)));
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

export const HealthcareUse = HealthcareUseInput.extend({
  referralId: Id,
  /** The first day the "after" figures can be entered (`healthcareUseAfterFrom`). */
  afterFiguresFrom: IsoDate,
  recordedByName: z.string().nullable(),
  recordedAt: z.iso.datetime().nullable(),
});
export type HealthcareUse = z.infer<typeof HealthcareUse>;

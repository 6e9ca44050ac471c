import type { ReportQuery, ReportSettings, ReportTable, RoiAssumptions } from '@kith/shared';

/** Each assumption: its label, how it is read, and where it comes from for this view. */
interface AssumptionMeta {
  label: string;
  unit: string;
}

const ASSUMPTIONS: Record<keyof RoiAssumptions, AssumptionMeta> = {
  gpConsultationCost: { label: 'Unit cost of a GP consultation', unit: '£ per consultation' },
  aeAttendanceCost: { label: 'Unit cost of an A&E attendance', unit: '£ per attendance' },
  linkWorkerCostPerWte: { label: 'Link worker cost (salary and on-costs)', unit: '£ per WTE per year' },
  attributionShare: { label: 'Share of the change attributed to social prescribing', unit: 'share (0 to 1)' },
};

export const ASSUMPTION_SOURCES = {
  view: 'Changed for this view',
  saved: 'Saved in the report settings',
  default: 'Illustrative default: replace with a local figure',
} as const;

export interface ResolvedAssumptions {
  values: RoiAssumptions;
  sources: Record<keyof RoiAssumptions, string>;
}

/**
 * The assumptions for one view: the query's values over the saved settings, which are the
 * illustrative defaults until an administrator saves local figures.
 */
export function resolveAssumptions(settings: ReportSettings, query: ReportQuery): ResolvedAssumptions {
  const keys = Object.keys(ASSUMPTIONS) as (keyof RoiAssumptions)[];
  const values = { ...settings.roi };
  const sources = {} as Record<keyof RoiAssumptions, string>;
  for (const key of keys) {
    const override = query[key];
    if (override !== undefined) {
      values[key] = override;
      sources[key] = ASSUMPTION_SOURCES.view;
    } else {
      sources[key] = settings.updatedAt ? ASSUMPTION_SOURCES.saved : ASSUMPTION_SOURCES.default;
    }
  }
  return { values, sources };
}

/** Every assumption by its name, with its value, unit and source. */
export function assumptionsTable(resolved: ResolvedAssumptions): ReportTable {
  const keys = Object.keys(ASSUMPTIONS) as (keyof RoiAssumptions)[];
  return {
    id: 'assumptions',
    title: 'Assumptions',
    description:
      'Every figure the estimate depends on. The defaults are illustrative, not local: replace them with your own unit costs and pay.',
    columns: [
      { key: 'assumption', label: 'Assumption', kind: 'text' },
      // A plain figure, shown as entered (42, 38,000, 0.5); the unit column says what it is in.
      { key: 'value', label: 'Value', kind: 'number' },
      { key: 'unit', label: 'Unit', kind: 'text' },
      { key: 'source', label: 'Source', kind: 'text' },
    ],
    rows: keys.map((key) => ({
      assumption: ASSUMPTIONS[key].label,
      value: resolved.values[key],
      unit: ASSUMPTIONS[key].unit,
      source: resolved.sources[key],
    })),
  };
}

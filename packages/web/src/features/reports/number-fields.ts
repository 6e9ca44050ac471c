import { DEFAULT_PRESSURE_SETTINGS, DEFAULT_ROI_ASSUMPTIONS, type PressureSettings, type RoiAssumptions } from '@kith/shared';
import type { FormIssue } from '../../api/form-issues.ts';

/** One number a form asks for, with the limits the shared schema enforces, so messages can name them. */
export interface NumberField<Key extends string = string> {
  key: Key;
  label: string;
  /** How messages name it: "the cost of a GP consultation". */
  name: string;
  hint: string;
  min: number;
  max: number;
  integer: boolean;
}

/** The ROI assumptions, in the order the forms show them (limits as in RoiAssumptions). */
export const ROI_FIELDS: readonly NumberField<keyof RoiAssumptions>[] = [
  {
    key: 'gpConsultationCost',
    name: 'the cost of a GP consultation',
    label: 'Cost of a GP consultation (£)',
    hint: `For example, ${DEFAULT_ROI_ASSUMPTIONS.gpConsultationCost}. Use your local unit cost.`,
    min: 0,
    max: 10_000,
    integer: false,
  },
  {
    key: 'aeAttendanceCost',
    name: 'the cost of an A&E attendance',
    label: 'Cost of an A&E attendance (£)',
    hint: `For example, ${DEFAULT_ROI_ASSUMPTIONS.aeAttendanceCost}. Use your local unit cost.`,
    min: 0,
    max: 100_000,
    integer: false,
  },
  {
    key: 'linkWorkerCostPerWte',
    name: 'the cost of a whole-time link worker',
    label: 'Cost of a whole-time link worker for a year (£)',
    hint: 'Salary with employer National Insurance and pension.',
    min: 0,
    max: 1_000_000,
    integer: false,
  },
  {
    key: 'attributionShare',
    name: 'the share attributed to social prescribing',
    label: 'Share of the change attributed to social prescribing (0 to 1)',
    hint: 'For example, 0.5 counts half of the change recorded as due to social prescribing.',
    min: 0,
    max: 1,
    integer: false,
  },
];

/** Caseload capacity and the supervisor alert (limits as in PressureSettings). */
export const PRESSURE_FIELDS: readonly NumberField<keyof PressureSettings>[] = [
  {
    key: 'activeCapacityPerWte',
    name: 'active cases per whole-time link worker',
    label: 'Active cases per whole-time link worker',
    hint: `Published guidance suggests about ${DEFAULT_PRESSURE_SETTINGS.activeCapacityPerWte}.`,
    min: 1,
    max: 500,
    integer: true,
  },
  {
    key: 'yearlyCapacityPerWte',
    name: 'new referrals a year per whole-time link worker',
    label: 'New referrals a year per whole-time link worker',
    hint: `Published guidance suggests about ${DEFAULT_PRESSURE_SETTINGS.yearlyCapacityPerWte}.`,
    min: 1,
    max: 5000,
    integer: true,
  },
  {
    key: 'alertThresholdPercent',
    name: 'the alert threshold',
    label: 'Alert threshold (% of capacity)',
    hint: 'A link worker is over when their complexity-weighted active cases are above this share of capacity.',
    min: 50,
    max: 300,
    integer: true,
  },
  {
    key: 'alertAfterDays',
    name: 'the number of days before an alert',
    label: 'Alert after this many days over',
    hint: 'Supervisors are alerted when a link worker has been over the threshold for this many days in a row.',
    min: 1,
    max: 90,
    integer: true,
  },
];

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The message for one typed value, or null when it is a number the field accepts. */
export function numberProblem(field: NumberField, text: string): string | null {
  const typed = text.trim().replaceAll(',', '').replace(/^£/, '');
  if (typed === '') return `Enter ${field.name}`;
  const value = Number(typed);
  if (!Number.isFinite(value)) return `${capitalised(field.name)} must be a number`;
  if (field.integer && !Number.isInteger(value)) return `${capitalised(field.name)} must be a whole number`;
  if (value < field.min || value > field.max) {
    return `${capitalised(field.name)} must be between ${field.min.toLocaleString('en-GB')} and ${field.max.toLocaleString('en-GB')}`;
  }
  return null;
}

/**
 * Reads typed values as numbers. Issues are named by `pathPrefix` + key, the way the server names
 * them (`roi.gpConsultationCost`), so its 400 answers land on the same fields.
 */
export function readNumberFields<Key extends string>(
  fields: readonly NumberField<Key>[],
  values: Partial<Record<Key, string>>,
  pathPrefix = '',
): { ok: true; data: Record<Key, number> } | { ok: false; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const data = {} as Record<Key, number>;
  for (const field of fields) {
    const text = values[field.key] ?? '';
    const problem = numberProblem(field, text);
    if (problem) issues.push({ path: `${pathPrefix}${field.key}`, message: problem });
    else data[field.key] = Number(text.trim().replaceAll(',', '').replace(/^£/, ''));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data };
}

/** Numbers as the form shows them to edit. */
export function numberTexts<Key extends string>(fields: readonly NumberField<Key>[], values: Record<Key, number>) {
  return Object.fromEntries(fields.map((field) => [field.key, String(values[field.key])])) as Record<Key, string>;
}

import { HEALTHCARE_USE_AFTER_FIELDS, type HealthcareUse, type HealthcareUseInput } from '@kith/shared';
import type { Checked, FormIssue } from '../../api/form-issues.ts';

export type HealthcareUseKey = keyof HealthcareUseInput;
export type HealthcareUseFormValues = Record<HealthcareUseKey, string>;

/** The four figures, grouped as the form asks for them; `name` is how messages say it. */
export const HEALTHCARE_USE_GROUPS: readonly {
  legend: string;
  fields: readonly { key: HealthcareUseKey; label: string; name: string }[];
}[] = [
  {
    legend: 'GP consultations',
    fields: [
      { key: 'gpConsultationsBefore', label: 'In the 6 months before the referral', name: 'GP consultations before' },
      { key: 'gpConsultationsAfter', label: 'In the 6 months after the referral', name: 'GP consultations after' },
    ],
  },
  {
    legend: 'A&E attendances',
    fields: [
      { key: 'aeAttendancesBefore', label: 'In the 6 months before the referral', name: 'A&E attendances before' },
      { key: 'aeAttendancesAfter', label: 'In the 6 months after the referral', name: 'A&E attendances after' },
    ],
  },
];

export const HEALTHCARE_USE_KEYS: readonly HealthcareUseKey[] = HEALTHCARE_USE_GROUPS.flatMap((group) =>
  group.fields.map((field) => field.key),
);

const MAX_VISITS = 999;

/** What was recorded, as the form shows it: a blank box for "not recorded". */
export function healthcareUseFormValues(recorded: HealthcareUse): HealthcareUseFormValues {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    gpConsultationsBefore: text(recorded.gpConsultationsBefore),
    gpConsultationsAfter: text(recorded.gpConsultationsAfter),
    aeAttendancesBefore: text(recorded.aeAttendancesBefore),
    aeAttendancesAfter: text(recorded.aeAttendancesAfter),
  };
}

/**
 * Whether the "6 months after" figures can be entered yet: from `afterFiguresFrom`, the day after
 * the six months following the referral end (UTC, as the server decides it).
 */
export function afterFiguresOpen(recorded: Pick<HealthcareUse, 'afterFiguresFrom'>, now: Date = new Date()): boolean {
  return now.toISOString().slice(0, 10) >= recorded.afterFiguresFrom;
}

/** The figures the form does not ask for yet: the "after" ones, until the six months have passed. */
export function closedFields(afterOpen: boolean): ReadonlySet<HealthcareUseKey> {
  return new Set(afterOpen ? [] : HEALTHCARE_USE_AFTER_FIELDS);
}

/**
 * Reads the boxes: a blank box is "not recorded" (null, never 0); anything else must be a whole
 * number from 0 to 999. Messages name the figure, like the server's. Figures the form does not
 * ask for yet (`closed`) are sent as not recorded.
 */
export function buildHealthcareUseRequest(
  values: HealthcareUseFormValues,
  closed: ReadonlySet<HealthcareUseKey> = new Set(),
): Checked<HealthcareUseInput> {
  const issues: FormIssue[] = [];
  const data = {} as HealthcareUseInput;
  for (const group of HEALTHCARE_USE_GROUPS) {
    for (const field of group.fields) {
      const typed = closed.has(field.key) ? '' : values[field.key].trim();
      if (typed === '') {
        data[field.key] = null;
        continue;
      }
      if (!/^\d+$/.test(typed)) {
        issues.push({ path: field.key, message: `Enter ${field.name} as a whole number, or leave it blank if not recorded` });
        continue;
      }
      const value = Number(typed);
      if (value > MAX_VISITS) {
        issues.push({ path: field.key, message: `${field.name} must be ${MAX_VISITS} or fewer` });
        continue;
      }
      data[field.key] = value;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data };
}

/** How many of the four figures are recorded, for the summary above the form. */
export function recordedCount(recorded: HealthcareUse): number {
  return HEALTHCARE_USE_KEYS.filter((key) => recorded[key] !== null).length;
}

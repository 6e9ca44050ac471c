import { ReportFilters } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, datePartsFromIso, readDateParts, withDateIssues } from '../../components/date-parts.ts';
import { FILTER_KEYS, type ReportFilterValues } from './report-search.ts';

/** The filter form as typed: the period as day, month and year boxes (NHS date input), never the browser's date format. */
export interface FilterFormValues {
  from: DateParts;
  to: DateParts;
  pcnId: string;
  practiceId: string;
  workerId: string;
}

export function filterFormValues(filters: ReportFilterValues): FilterFormValues {
  return { ...filters, from: datePartsFromIso(filters.from), to: datePartsFromIso(filters.to) };
}

/** Checks the filters with the shared schema the server uses; the period goes into the address as `YYYY-MM-DD`. */
export function buildFilters(values: FilterFormValues): Checked<ReportFilterValues> {
  const fromReading = readDateParts(values.from, 'the start date');
  const toReading = readDateParts(values.to, 'the end date');
  const next: ReportFilterValues = {
    pcnId: values.pcnId,
    practiceId: values.practiceId,
    workerId: values.workerId,
    from: fromReading.kind === 'date' ? fromReading.iso : '',
    to: toReading.kind === 'date' ? toReading.iso : '',
  };
  const present = Object.fromEntries(FILTER_KEYS.flatMap((key) => (next[key] ? [[key, next[key]]] : [])));
  const issues = withDateIssues(
    [...dateIssue(fromReading, 'from'), ...dateIssue(toReading, 'to')],
    validateWith(ReportFilters, present),
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: next };
}

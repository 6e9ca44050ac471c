import { RecordCompletionRequest } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';

/** The record-a-completion form as typed. */
export interface CompletionFormValues {
  courseId: string;
  completedOn: DateParts;
  evidence: string;
}

/** The form's fields, top to bottom. */
export const COMPLETION_FIELD_ORDER = ['courseId', 'completedOn', 'evidence'] as const;

/** An empty form, with the course already chosen when the link named one. */
export function emptyCompletion(courseId: string): CompletionFormValues {
  return { courseId, completedOn: EMPTY_DATE_PARTS, evidence: '' };
}

/** Checks the form with the shared schema and builds `POST /api/learning/completions`. */
export function buildCompletionRequest(values: CompletionFormValues): Checked<RecordCompletionRequest> {
  const date = readDateParts(values.completedOn, 'the date you completed it');
  const checked = validateWith(RecordCompletionRequest, {
    courseId: values.courseId || undefined,
    completedOn: date.kind === 'date' ? date.iso : '',
    evidence: values.evidence,
  });
  // Said in the form's words: the schema's own message for a missing id is written for developers.
  const own = values.courseId ? [] : [{ path: 'courseId', message: 'Choose the course you completed' }];
  const found = withDateIssues([...own, ...dateIssue(date, 'completedOn')], checked);
  if (!checked.ok || found.length > 0) return { ok: false, issues: orderIssues(found, COMPLETION_FIELD_ORDER) };
  return checked;
}

import { CreateTaskRequest } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';
import { type DateParts, dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';

/** The add-a-task form as typed; the choices are '' until made ('' for "about" means nobody). */
export interface TaskFormValues {
  title: string;
  dueOn: DateParts;
  /** One of my open cases, or '' for a task about no one in particular. */
  referralId: string;
  /** A colleague, or '' for me. */
  assigneeUserId: string;
}

export const EMPTY_TASK: TaskFormValues = { title: '', dueOn: EMPTY_DATE_PARTS, referralId: '', assigneeUserId: '' };

/** The form's fields, top to bottom. */
export const TASK_FIELD_ORDER = ['title', 'dueOn', 'referralId', 'assigneeUserId'] as const;

/**
 * Checks the task with the shared schema. A due date in the past is allowed (writing down
 * something already late); it shows as overdue at once.
 */
export function buildTaskRequest(values: TaskFormValues, { myId }: { myId: string }): Checked<CreateTaskRequest> {
  const date = readDateParts(values.dueOn, 'the due date');
  const checked = validateWith(CreateTaskRequest, {
    title: values.title,
    dueOn: date.kind === 'date' ? date.iso : '',
    referralId: values.referralId || null,
    assigneeUserId: values.assigneeUserId && values.assigneeUserId !== myId ? values.assigneeUserId : null,
  });
  const found = withDateIssues(dateIssue(date, 'dueOn', 'Enter the date the task is due'), checked);
  if (checked.ok && found.length === 0) return checked;
  return { ok: false, issues: orderIssues(found, TASK_FIELD_ORDER) };
}

/** The day after `today` (YYYY-MM-DD): what "Snooze until tomorrow" sends. */
export function dayAfter(today: string): string {
  const next = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

import { TASK_BUSINESS_STATUS_LABELS, TASK_STATUS_LABELS, type TaskBusinessStatus, type TaskStatus } from '@kith/shared';
import { TASK_TAG_CLASSES } from './task-labels.ts';

/** An onward referral's state as an NHS tag. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <strong className={`nhsuk-tag ${TASK_TAG_CLASSES[status]}`}>{TASK_STATUS_LABELS[status]}</strong>;
}

/** The provider's sub-state ("On waiting list"), or a quiet "None". */
export function BusinessStatusText({ value }: { value: TaskBusinessStatus | null }) {
  return value ? TASK_BUSINESS_STATUS_LABELS[value] : <span className="nhsuk-u-secondary-text-colour">None</span>;
}

import { ONWARD_NOTES_OPEN_DAYS_AFTER_CLOSING, OPEN_TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '@kith/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the conversation on a referral still takes notes. An open referral always does. A
 * closed one (completed, not accepted, did not go ahead, cancelled) does for
 * ONWARD_NOTES_OPEN_DAYS_AFTER_CLOSING days after it closed, so either side can still say thank
 * you or ask about a decision, then the conversation is kept but closed. A closed referral can
 * no longer change, so its `updatedAt` is when it closed. Null when notes may be written, or the
 * sentence that says why not.
 */
export function notesClosedMessage(referral: { status: TaskStatus; updatedAt: Date }, now: Date): string | null {
  if (OPEN_TASK_STATUSES.includes(referral.status)) return null;
  const closesAt = referral.updatedAt.getTime() + ONWARD_NOTES_OPEN_DAYS_AFTER_CLOSING * DAY_MS;
  if (now.getTime() < closesAt) return null;
  return (
    `The referral is ${TASK_STATUS_LABELS[referral.status].toLowerCase()} and closed more than ` +
    `${ONWARD_NOTES_OPEN_DAYS_AFTER_CLOSING} days ago: no more notes can be added.`
  );
}

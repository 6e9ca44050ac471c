import type { OnwardReferralEvent, TaskStatus } from '@kith/shared';

/** NHS tag colour per onward referral state. The words always say the state; colour only helps. */
export const TASK_TAG_CLASSES: Record<TaskStatus, string> = {
  requested: 'nhsuk-tag--blue',
  accepted: 'nhsuk-tag--aqua-green',
  rejected: 'nhsuk-tag--red',
  'in-progress': 'nhsuk-tag--yellow',
  'on-hold': 'nhsuk-tag--orange',
  completed: 'nhsuk-tag--green',
  failed: 'nhsuk-tag--grey',
  cancelled: 'nhsuk-tag--grey',
};

/** Who made a change, as the history says it. */
export const EVENT_SIDE_LABELS: Record<OnwardReferralEvent['side'], string> = {
  requester: 'Link worker',
  provider: 'Provider',
  system: 'Kith',
};

/** A waiting time in days as people say it: "About 2 weeks", "No wait". */
export function waitingTimeText(days: number | null): string {
  if (days === null) return 'Not known';
  if (days === 0) return 'No wait';
  if (days === 1) return 'About 1 day';
  if (days < 14 || days % 7 !== 0) return `About ${days} days`;
  return `About ${days / 7} weeks`;
}

/** Events newest first, whatever order the server sent them in (ties keep their order). */
export function newestFirst<T extends { at: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

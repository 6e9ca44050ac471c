import { OPEN_TASK_STATUSES, type TaskStatus } from '@kith/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long an open referral has waited since it was sent, as the inbox says it: "Less than a
 * day", "1 day", "12 days". Null for a closed one: it is no longer waiting.
 */
export function waitedSince(referral: { sentAt: string; status: TaskStatus }, now: Date): string | null {
  if (!OPEN_TASK_STATUSES.includes(referral.status)) return null;
  const sent = Date.parse(referral.sentAt);
  if (Number.isNaN(sent)) return null;
  const days = Math.max(0, Math.floor((now.getTime() - sent) / DAY_MS));
  if (days === 0) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** Whether the newest note is the link worker's, so the provider has something to read and answer. */
export function hasNewNoteFromLinkWorker(latestNote: { side: 'requester' | 'provider' } | null): boolean {
  return latestNote?.side === 'requester';
}

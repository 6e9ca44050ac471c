import type { CommunityComment } from '@kith/shared';

/** Whether the reader may still edit this comment (their own, visible, within the edit window). */
export function canEditNow(comment: Pick<CommunityComment, 'editableUntil'>, now: Date): boolean {
  if (!comment.editableUntil) return false;
  return Date.parse(comment.editableUntil) > now.getTime();
}

/** "You can change this for another 12 minutes", counted up so it never says 0 while time remains. */
export function editTimeLeftText(editableUntil: string, now: Date): string {
  const seconds = (Date.parse(editableUntil) - now.getTime()) / 1000;
  if (seconds <= 0) return 'The time to change this comment has passed.';
  if (seconds < 60) return 'You can change this for less than a minute more.';
  const minutes = Math.ceil(seconds / 60);
  return `You can change this for another ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

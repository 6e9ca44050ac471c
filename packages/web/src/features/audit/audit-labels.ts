import type { AuditAction } from '@kith/shared';

/** Plain-English names for audit actions. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Updated',
  state_change: 'Status changed',
  delete: 'Deleted',
  read: 'Viewed',
  list: 'Listed',
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_out: 'Signed out',
  denied: 'Refused',
  export: 'Exported',
  restore: 'Restored',
};

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "3 Feb 2026, 14:05:09" in the user's time zone. */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

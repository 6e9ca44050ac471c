import {
  isMandatoryKind,
  isNotificationKind,
  NOTIFICATION_DEFAULT_EMAIL,
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationKind,
  type NotificationPreferences,
} from '@kith/shared';
import type { EmailChoice, NotificationRow } from './notification-repository.ts';

/**
 * Kinds of the reminders the 0015 migration copied into notifications, by the kind they are now.
 * The repository lists only known and legacy kinds, so every row listed has a kind here.
 */
export const LEGACY_KINDS: Readonly<Record<string, NotificationKind>> = {
  onward_referral_unacknowledged: 'onward_unacknowledged',
  caseload_over_capacity: 'caseload_pressure',
};

export const LISTED_KINDS: readonly string[] = [...NOTIFICATION_KINDS, ...Object.keys(LEGACY_KINDS)];

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: isNotificationKind(row.kind) ? row.kind : (LEGACY_KINDS[row.kind] ?? 'task_assigned'),
    title: row.title,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** Every kind with the user's choice (or the default); mandatory kinds never show 'off'. */
export function toPreferences(chosen: ReadonlyMap<string, EmailChoice>): NotificationPreferences {
  return {
    items: NOTIFICATION_KINDS.map((kind) => {
      const mandatory = isMandatoryKind(kind);
      const email = chosen.get(kind) ?? NOTIFICATION_DEFAULT_EMAIL[kind];
      return {
        kind,
        email: mandatory && email === 'off' ? 'immediate' : email,
        defaultEmail: NOTIFICATION_DEFAULT_EMAIL[kind],
        mandatory,
      };
    }),
  };
}

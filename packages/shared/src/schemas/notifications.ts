import { z } from 'zod';
import { NOTIFICATION_EMAIL_CHOICES, NOTIFICATION_KINDS } from '../rules/notification-kinds.ts';
import { Id, PageQuery, pageOf } from './common.ts';

export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export const NotificationEmailChoiceSchema = z.enum(NOTIFICATION_EMAIL_CHOICES);

/** One notification as its owner sees it in the app. */
export const Notification = z.object({
  id: Id,
  kind: NotificationKindSchema,
  title: z.string(),
  /** Where it leads, as an app path. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

/** `GET /api/notifications`: newest first; `unreadOnly=true` keeps the unread. */
export const NotificationQuery = PageQuery.extend({ unreadOnly: z.enum(['true', 'false']).default('false') });
export type NotificationQuery = z.infer<typeof NotificationQuery>;
export const NotificationPage = pageOf(Notification);
export type NotificationPage = z.infer<typeof NotificationPage>;

/** `GET /api/notifications/unread-count`, polled by the header badge. */
export const UnreadNotificationCount = z.object({ unread: z.number().int() });
export type UnreadNotificationCount = z.infer<typeof UnreadNotificationCount>;

/** `POST /api/notifications/read-all`: how many were marked. */
export const NotificationsMarkedRead = z.object({ marked: z.number().int() });
export type NotificationsMarkedRead = z.infer<typeof NotificationsMarkedRead>;

/** One kind on the settings page: the user's email choice and whether it can be turned off. */
export const NotificationPreference = z.object({
  kind: NotificationKindSchema,
  email: NotificationEmailChoiceSchema,
  defaultEmail: NotificationEmailChoiceSchema,
  /** Safeguarding: email cannot be turned off. */
  mandatory: z.boolean(),
});
export type NotificationPreference = z.infer<typeof NotificationPreference>;

export const NotificationPreferences = z.object({ items: z.array(NotificationPreference) });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/**
 * `PUT /api/notifications/preferences`: email choice by kind; kinds left out keep their choice.
 * 'off' for a mandatory kind is refused with a 400 naming `email.<kind>`.
 */
export const NotificationPreferencesUpdate = z.object({
  email: z.partialRecord(NotificationKindSchema, NotificationEmailChoiceSchema),
});
export type NotificationPreferencesUpdate = z.infer<typeof NotificationPreferencesUpdate>;

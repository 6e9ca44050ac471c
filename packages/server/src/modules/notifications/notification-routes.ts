import {
  IdParams,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationQuery,
  NotificationsMarkedRead,
  UnreadNotificationCount,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { setNotificationLinkBase } from './notification-emails.ts';
import {
  myNotifications,
  myPreferences,
  myUnreadCount,
  readAllNotifications,
  readNotification,
  updateMyPreferences,
} from './notification-service.ts';

/** The signed-in user's own notifications and email choices (every role). */
export async function notificationRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  // Links in notification emails lead to this deployment's public address.
  setNotificationLinkBase(app.kith.config.email.publicUrl);
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first (unreadOnly=true: only the unread)',
        querystring: NotificationQuery,
        response: { 200: NotificationPage },
      },
    },
    async (request) => myNotifications(db, request.ctx, request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    { schema: { tags, summary: 'How many of my notifications are unread', response: { 200: UnreadNotificationCount } } },
    async (request) => myUnreadCount(db, request.ctx),
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 200: NotificationsMarkedRead } } },
    async (request) => readAllNotifications(db, request.ctx),
  );

  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of my notifications read (204)', params: IdParams } },
    async (request, reply) => {
      await readNotification(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'My email choice for each kind of notification',
        response: { 200: NotificationPreferences },
      },
    },
    async (request) => myPreferences(db, request.ctx),
  );

  app.put(
    '/api/notifications/preferences',
    {
      schema: {
        tags,
        summary: "Change my email choices (safeguarding can't be turned off)",
        body: NotificationPreferencesUpdate,
        response: { 200: NotificationPreferences },
      },
    },
    async (request) => updateMyPreferences(db, request.ctx, request.body),
  );
}

import {
  isMandatoryKind,
  NOTIFICATION_KINDS,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationPreferencesUpdate,
  type NotificationQuery,
  type NotificationsMarkedRead,
  type UnreadNotificationCount,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { countUnread, listForUser, markAllRead, markRead, preferencesOf, upsertPreferences } from './notification-repository.ts';
import { toNotification, toPreferences } from './notification-view.ts';

/**
 * A user's own notifications and email choices. Every signed-in user has them; nobody reads or
 * marks another user's (someone else's notification is 404, exactly like one that does not exist).
 */
export async function myNotifications(db: Db, ctx: RequestContext, query: NotificationQuery): Promise<NotificationPage> {
  const actor = requireActor(ctx);
  const page = await listForUser(db, actor.userId, query.unreadOnly === 'true', query);
  return { ...page, items: page.items.map(toNotification) };
}

export async function myUnreadCount(db: Db, ctx: RequestContext): Promise<UnreadNotificationCount> {
  const actor = requireActor(ctx);
  return { unread: await countUnread(db, actor.userId) };
}

export async function readNotification(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    if (!(await markRead(tx, actor.userId, id, new Date()))) throw notFound('Notification');
    await recordAudit(tx, ctx, { action: 'update', recordType: 'notification', recordId: id, detail: { read: true } });
  });
}

export async function readAllNotifications(db: Db, ctx: RequestContext): Promise<NotificationsMarkedRead> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const marked = await markAllRead(tx, actor.userId, new Date());
    await recordAudit(tx, ctx, { action: 'update', recordType: 'notification', detail: { readAll: marked } });
    return { marked };
  });
}

export async function myPreferences(db: Db, ctx: RequestContext): Promise<NotificationPreferences> {
  const actor = requireActor(ctx);
  return toPreferences(await preferencesOf(db, actor.userId));
}

/** Safeguarding email cannot be turned off: 'off' for a mandatory kind is a 400 naming the field. */
export async function updateMyPreferences(
  db: Db,
  ctx: RequestContext,
  update: NotificationPreferencesUpdate,
): Promise<NotificationPreferences> {
  const actor = requireActor(ctx);
  const choices = NOTIFICATION_KINDS.flatMap((kind) => {
    const email = update.email[kind];
    return email ? [{ kind, email }] : [];
  });
  for (const { kind, email } of choices) {
    if (email === 'off' && isMandatoryKind(kind)) {
      throw validationError(`email.${kind}`, 'Safeguarding notifications are always emailed and cannot be turned off');
    }
  }
  return db.transaction(async (tx) => {
    await upsertPreferences(tx, actor.userId, choices, new Date());
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'notification_preferences',
      recordId: actor.userId,
      detail: { email: Object.fromEntries(choices.map((c) => [c.kind, c.email])) },
    });
    return toPreferences(await preferencesOf(tx, actor.userId));
  });
}

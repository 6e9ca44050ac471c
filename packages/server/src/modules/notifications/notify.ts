import { isMandatoryKind, NOTIFICATION_DEFAULT_EMAIL, type NotificationKind, type Role } from '@kith/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { memberships, notificationPreferences, notifications, users } from '../../db/schema/index.ts';
import { sendEmails } from '../outbox/outbox-service.ts';
import { immediateEmail } from './notification-emails.ts';

/** Something that happened which some users should know about. */
export interface NotificationEvent {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string | null;
  /** In-app text; no NHS numbers. Never emailed. */
  title: string;
  /** App path of the record, e.g. `/referrals/<id>`. */
  link: string;
  /** Per event; the recipient's id is appended, so each user is told once however often it is raised. */
  dedupeKey?: string;
}

/**
 * Tells users about an event, inside the caller's transaction: one in-app notification each
 * and, by each user's email choice for the kind, an outbox email queued at once or a mark for
 * the daily digest. Inactive users and repeats (same dedupe key) are skipped.
 */
export async function notifyUsers(
  tx: DbOrTx,
  userIds: readonly string[],
  event: NotificationEvent,
  now: Date = new Date(),
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const recipients = await tx
    .select({ id: users.id, email: users.email, choice: notificationPreferences.email })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, event.kind)),
    )
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  if (recipients.length === 0) return;

  const choiceOf = new Map(recipients.map((r) => [r.id, emailChoice(event.kind, r.choice)]));
  const inserted = await tx
    .insert(notifications)
    .values(
      recipients.map((r) => ({
        userId: r.id,
        kind: event.kind,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        title: event.title,
        link: event.link,
        dedupeKey: event.dedupeKey ? `${event.dedupeKey}:${r.id}` : null,
        email: choiceOf.get(r.id) ?? 'off',
        emailedAt: choiceOf.get(r.id) === 'immediate' ? now : null,
        createdAt: now,
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ userId: notifications.userId, email: notifications.email });

  // Emails only for the rows actually inserted (a repeat is skipped), all queued at once.
  const emailOf = new Map(recipients.map((r) => [r.id, r.email]));
  const emails = inserted.flatMap((row) => {
    const to = emailOf.get(row.userId);
    return row.email === 'immediate' && to ? [immediateEmail(to, event.kind, event.link)] : [];
  });
  await sendEmails(tx, emails, now);
}

/** The user's choice, or the kind's default; a mandatory kind is never 'off'. */
function emailChoice(kind: NotificationKind, chosen: 'immediate' | 'digest' | 'off' | null) {
  const choice = chosen ?? NOTIFICATION_DEFAULT_EMAIL[kind];
  return choice === 'off' && isMandatoryKind(kind) ? 'immediate' : choice;
}

/**
 * Active users holding one of `roles` by a membership in one of `organisationIds` exactly (the
 * caller passes the organisations whose holders it means, e.g. the referral's PCN).
 */
export async function usersWithRoleIn(tx: DbOrTx, organisationIds: readonly string[], roles: readonly Role[]): Promise<string[]> {
  if (organisationIds.length === 0 || roles.length === 0) return [];
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organisationId, [...organisationIds]),
        inArray(memberships.role, [...roles]),
        eq(users.active, true),
      ),
    );
  return rows.map((r) => r.id);
}

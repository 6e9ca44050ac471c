import { and, count, desc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { notifications, users } from '../../db/schema/index.ts';
import { scanDue } from './due-scan-job.ts';
import { setNotificationLinkBase } from './notification-emails.ts';

/** Demo users whose older notifications start out read, so their page shows both states. */
const DEMO_READERS = ['supervisor@kith.example', 'linkworker@kith.example', 'referrer@kith.example'];
/** Each demo user's newest notifications left unread: a badge of a few, as on a real morning. */
const UNREAD_LEFT = 4;

/**
 * Notifications for the demo users. The demo referrals already raise theirs through the services
 * (the supervisor's queue, the link worker's allocations, the referrer's messages back); this adds
 * what the daily due scan would find (plan actions and reviews due, supervision due) and marks all
 * but the newest few of each demo user's read. Call it after the demo referrals; returns how many
 * notifications the demo users have.
 */
export async function loadDemoNotifications(
  db: Db,
  { config, now = new Date() }: { config: Pick<Config, 'email' | 'supervision'>; now?: Date },
): Promise<number> {
  // Emails written while loading link to this deployment, like the rest of the demo's emails.
  setNotificationLinkBase(config.email.publicUrl);
  await db.transaction((tx) => scanDue(tx, config.supervision, now));

  const demoUsers = await db.select({ id: users.id }).from(users).where(inArray(users.email, DEMO_READERS));
  for (const { id } of demoUsers) {
    const newest = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.userId, id))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(UNREAD_LEFT);
    if (newest.length === 0) continue;
    await db
      .update(notifications)
      .set({ readAt: now })
      .where(
        and(
          eq(notifications.userId, id),
          isNull(notifications.readAt),
          notInArray(
            notifications.id,
            newest.map((n) => n.id),
          ),
        ),
      );
  }
  const [total] = await db
    .select({ n: count() })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(inArray(users.email, [...DEMO_READERS, 'admin@kith.example', 'pcnmanager@kith.example']));
  return total?.n ?? 0;
}

import { isNotificationKind, type NotificationKind } from '@kith/shared';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { notifications, users } from '../../db/schema/index.ts';
import { enqueueJob, type JobRow } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { sendEmail } from '../outbox/outbox-service.ts';
import { digestEmail } from './notification-emails.ts';
import { LEGACY_KINDS } from './notification-view.ts';

/**
 * The daily digest: one email per user with notifications waiting for it (email 'digest', not yet
 * emailed), counting them by kind, then marks them emailed. Notifications already read in the app
 * are marked without being counted: the user has seen them. Queues tomorrow's run itself, like
 * the caseload alert check.
 */
export const NOTIFICATION_DIGEST_JOB = 'notifications.daily-digest';

/** The hour (UTC) the digest goes: early, so it is waiting at the start of the working day. */
const RUN_HOUR_UTC = 7;

function jobKey(day: string): string {
  return `notification-digest:${day}`;
}

/** Queues today's digest at start-up (due at today's hour, or now if that has passed). */
export async function ensureNotificationDigestJob(db: DbOrTx, now = new Date()): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  const due = atRunHour(today);
  await enqueueJob(db, {
    kind: NOTIFICATION_DIGEST_JOB,
    payload: {},
    runAt: due > now ? due : now,
    dedupeKey: jobKey(today),
  });
}

export async function sendNotificationDigests(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const sent = await sendDigests(tx, now);
  await recordAudit(
    tx,
    { actor: null, requestId: `job:${job.id}` },
    { action: 'create', recordType: 'notification_digest', detail: { emails: sent } },
  );
  const tomorrow = new Date(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await enqueueJob(tx, { kind: NOTIFICATION_DIGEST_JOB, payload: {}, runAt: atRunHour(tomorrow), dedupeKey: jobKey(tomorrow) });
}

/** Sends every digest due now; returns how many emails were queued. */
export async function sendDigests(tx: Tx, now: Date): Promise<number> {
  const rows = await tx
    .select({
      id: notifications.id,
      userId: notifications.userId,
      to: users.email,
      active: users.active,
      kind: notifications.kind,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.email, 'digest'), isNull(notifications.emailedAt)));

  const byUser = new Map<string, { to: string; counts: Map<NotificationKind, number> }>();
  for (const row of rows) {
    // Already read in the app, or for a user no longer active: marked below, not emailed.
    const kind = isNotificationKind(row.kind) ? row.kind : LEGACY_KINDS[row.kind];
    if (row.readAt || !row.active || !kind) continue;
    const entry = byUser.get(row.userId) ?? { to: row.to, counts: new Map<NotificationKind, number>() };
    entry.counts.set(kind, (entry.counts.get(kind) ?? 0) + 1);
    byUser.set(row.userId, entry);
  }
  for (const { to, counts } of byUser.values()) await sendEmail(tx, digestEmail(to, counts), now);

  // Exactly the rows read above, so one raised meanwhile waits for tomorrow's digest.
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += MARK_BATCH) {
    await tx
      .update(notifications)
      .set({ emailedAt: now })
      .where(inArray(notifications.id, ids.slice(i, i + MARK_BATCH)));
  }
  return byUser.size;
}

const MARK_BATCH = 5000;

function atRunHour(day: string): Date {
  return new Date(`${day}T${String(RUN_HOUR_UTC).padStart(2, '0')}:00:00Z`);
}

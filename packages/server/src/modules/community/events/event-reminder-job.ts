import { z } from 'zod';
import type { DbOrTx, Tx } from '../../../db/client.ts';
import { enqueueJob, type JobRow } from '../../../jobs/job-queue.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { notifyEventReminder } from '../../notifications/notification-events.ts';
import { sendEmail } from '../../outbox/outbox-service.ts';
import { reminderEmail } from './event-emails.ts';
import { type EventRow, findEvent, participants } from './event-repository.ts';

/**
 * Event reminders: a job queued when an event is created or moved, due 24 hours before it
 * starts, emails everyone then attending. The dedupe key includes the start time, so moving
 * the event queues a new reminder and the old one, finding the start changed, does nothing.
 */
export const EVENT_REMINDER_JOB = 'community.event-reminder';
export const REMINDER_HOURS_BEFORE = 24;

const Payload = z.object({ eventId: z.uuid(), startsAt: z.iso.datetime(), pageUrl: z.string() });

/** Queues the reminder in the caller's transaction (an event starting within 24 hours: reminded now). */
export async function enqueueEventReminder(tx: DbOrTx, event: EventRow, pageUrl: string, now: Date): Promise<void> {
  if (event.startsAt <= now) return;
  const due = new Date(event.startsAt.getTime() - REMINDER_HOURS_BEFORE * 3_600_000);
  const startsAt = event.startsAt.toISOString();
  await enqueueJob(tx, {
    kind: EVENT_REMINDER_JOB,
    payload: { eventId: event.id, startsAt, pageUrl },
    runAt: due > now ? due : now,
    dedupeKey: `community-event-reminder:${event.id}:${startsAt}`,
  });
}

/**
 * The job. It runs in the transaction that completes it, so the emails and the completion
 * commit together: a retry after a failure sends nothing twice. A cancelled, moved or finished
 * event gets no reminder.
 */
export async function sendEventReminders(tx: Tx, job: JobRow, now: Date): Promise<void> {
  const { eventId, startsAt, pageUrl } = Payload.parse(job.payload);
  const event = await findEvent(tx, eventId);
  if (event?.status !== 'scheduled' || event.startsAt.toISOString() !== startsAt || event.endsAt <= now) return;
  const attending = await participants(tx, eventId, ['attending']);
  for (const person of attending) await sendEmail(tx, reminderEmail(event, person, pageUrl), now);
  await notifyEventReminder(
    tx,
    event,
    attending.map((p) => p.userId),
    now,
  );
  await recordAudit(
    tx,
    { actor: null, requestId: `job:${job.id}` },
    { action: 'update', recordType: 'community_event', recordId: eventId, detail: { remindersSent: attending.length } },
  );
}

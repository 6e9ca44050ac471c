import { and, asc, eq, inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { people, referrals } from '../../db/schema/index.ts';
import { sendPersonMessage } from './person-message-service.ts';

/**
 * Demo messages: the demo link worker's first open case is a person who agreed to texts (an
 * Ofcom drama number), the second one who prefers email; each is sent a message the way the
 * worker sends one. Without a Notify key they wait on the "Messages waiting" screen; with one
 * (e.g. the local test server) they are sent. Booking an appointment for the first person
 * sends its confirmation by text. Returns how many messages were queued.
 */
export async function loadDemoPersonMessages(db: Db, now = new Date(), workerEmail = 'linkworker@kith.example'): Promise<number> {
  const linkWorker = await contextForUser(db, workerEmail);
  const workerUserId = linkWorker.actor?.userId;
  if (!workerUserId) return 0;
  const openCases = await db
    .select({ personId: referrals.personId })
    .from(referrals)
    .where(and(eq(referrals.assignedWorkerId, workerUserId), inArray(referrals.status, ['allocated', 'contacted', 'active'])))
    .orderBy(asc(referrals.createdAt), asc(referrals.id))
    .limit(2);
  const [texts, emails] = openCases;
  let queued = 0;
  if (texts) {
    await db
      .update(people)
      .set({ contactConsent: true, contactConsentRecordedAt: now, preferredContactMethod: 'text', phone: '07700 900461' })
      .where(eq(people.id, texts.personId));
    await sendPersonMessage(
      db,
      linkWorker,
      texts.personId,
      { message: 'Thank you for talking to me today. I will ring on Friday as we agreed.' },
      now,
    );
    queued += 1;
  }
  if (emails && emails.personId !== texts?.personId) {
    await db
      .update(people)
      .set({
        contactConsent: true,
        contactConsentRecordedAt: now,
        preferredContactMethod: 'email',
        email: 'sam.demo@example.org',
      })
      .where(eq(people.id, emails.personId));
    await sendPersonMessage(
      db,
      linkWorker,
      emails.personId,
      { message: 'Here are the details of the walking group we talked about: Tuesdays at 10am, Riverside Community Hall.' },
      now,
    );
    queued += 1;
  }
  return queued;
}

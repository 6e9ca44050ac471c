import { appointmentInstant, type ContactMode, ukToday } from '@kith/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { referrals } from '../../db/schema/index.ts';
import { insertAppointment } from './appointment-repository.ts';

const DAY_MS = 86_400_000;

/** One demo slot: days from today (UK), UK wall-clock time, and what kind of contact. */
interface DemoSlot {
  inDays: number;
  time: string;
  minutes: number;
  mode: ContactMode;
  place?: string;
  videoLink?: string;
  cancelledBecause?: string;
}

/**
 * The demo link worker's week: some of today's appointments have already started (ready to be
 * marked attended or did not attend), the rest of the day and week is ahead, and one is cancelled.
 */
const DEMO_SLOTS: readonly DemoSlot[] = [
  { inDays: 0, time: '09:00', minutes: 30, mode: 'phone' },
  { inDays: 0, time: '11:00', minutes: 45, mode: 'face_to_face', place: 'Willow Lane Surgery, room 4' },
  { inDays: 0, time: '14:30', minutes: 60, mode: 'home_visit', place: 'At home' },
  { inDays: 0, time: '16:00', minutes: 30, mode: 'video', videoLink: 'https://meet.example.org/kith-demo-lina' },
  { inDays: 1, time: '10:00', minutes: 45, mode: 'face_to_face', place: 'Harbour Road Medical Centre' },
  { inDays: 2, time: '13:30', minutes: 30, mode: 'phone' },
  { inDays: 3, time: '09:30', minutes: 60, mode: 'group', place: 'Riverside Community Hall, walking group' },
  { inDays: 4, time: '15:00', minutes: 30, mode: 'phone', cancelledBecause: 'Person asked to rearrange' },
  { inDays: 6, time: '11:30', minutes: 45, mode: 'video', videoLink: 'https://meet.example.org/kith-demo-lina' },
];

/**
 * Appointments for the demo link worker (linkworker@kith.example) on their open cases, today
 * and this week, relative to `now`. Written straight to the table: no confirmations are queued,
 * since the demo people are invented. Returns how many were made.
 */
export async function loadDemoAppointments(
  db: Db,
  { now = new Date(), workerEmail = 'linkworker@kith.example' }: { now?: Date; workerEmail?: string } = {},
): Promise<number> {
  const linkWorker = await contextForUser(db, workerEmail);
  const workerUserId = linkWorker.actor?.userId;
  if (!workerUserId) return 0;
  const openCases = await db
    .select({ id: referrals.id, organisationId: referrals.organisationId, personId: referrals.personId })
    .from(referrals)
    .where(and(eq(referrals.assignedWorkerId, workerUserId), inArray(referrals.status, ['allocated', 'contacted', 'active'])))
    .orderBy(asc(referrals.createdAt), asc(referrals.id));
  if (openCases.length === 0) return 0;
  let made = 0;
  await db.transaction(async (tx) => {
    for (const [index, slot] of DEMO_SLOTS.entries()) {
      const referral = openCases[index % openCases.length];
      const read = appointmentInstant(ukToday(new Date(now.getTime() + slot.inDays * DAY_MS)), slot.time);
      if (!referral || !read.ok) continue;
      await insertAppointment(tx, {
        organisationId: referral.organisationId,
        referralId: referral.id,
        personId: referral.personId,
        workerUserId,
        startsAt: read.instant,
        durationMinutes: slot.minutes,
        mode: slot.mode,
        place: slot.place ?? null,
        videoLink: slot.videoLink ?? null,
        status: slot.cancelledBecause ? 'cancelled' : 'booked',
        statusReason: slot.cancelledBecause ?? null,
        createdBy: workerUserId,
        createdAt: new Date(now.getTime() - 7 * DAY_MS),
      });
      made += 1;
    }
  });
  return made;
}

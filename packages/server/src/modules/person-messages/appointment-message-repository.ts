import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { appointments, users } from '../../db/schema/index.ts';

/** An appointment with the worker's name, as its confirmation and reminder say it. */
export async function findAppointmentForMessage(db: DbOrTx, appointmentId: string) {
  const [row] = await db
    .select({ appointment: appointments, workerName: users.displayName })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.workerUserId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  return row;
}
export type AppointmentForMessage = NonNullable<Awaited<ReturnType<typeof findAppointmentForMessage>>>;

/**
 * Booked appointments whose reminder falls due by `now`: starting within `hoursBefore` hours and
 * booked (or last moved) before that reminder moment — one booked later has just had its
 * confirmation — and whose reminder job has not been queued (its key is the job's dedupe key).
 */
export async function listAppointmentsDueReminder(db: DbOrTx, now: Date, hoursBefore: number, keyPrefix: string) {
  const windowEnd = new Date(now.getTime() + hoursBefore * 3_600_000);
  return db
    .select({ id: appointments.id, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.status, 'booked'),
        gt(appointments.startsAt, now),
        lte(appointments.startsAt, windowEnd),
        sql`${appointments.updatedAt} <= ${appointments.startsAt} - make_interval(hours => ${hoursBefore})`,
        sql`NOT EXISTS (SELECT 1 FROM jobs j WHERE j.dedupe_key = ${keyPrefix} || ${appointments.id}::text || ':'
          || to_char(${appointments.startsAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
      ),
    )
    .limit(500);
}

/** Whether any booked appointment is still to come (the reminder scan keeps running while one is). */
export async function hasUpcomingBookedAppointment(db: DbOrTx, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.status, 'booked'), gt(appointments.startsAt, now)))
    .limit(1);
  return row !== undefined;
}

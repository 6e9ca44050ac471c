import type { Appointment } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { workerAppointmentRows } from './appointment-repository.ts';
import { toAppointment } from './appointment-view.ts';

/**
 * A worker's appointments starting in [fromIso, toIso), every status, in time order. For other
 * modules that have already decided the caller may see this worker's day (the dashboard shows
 * a worker their own); it does no access check of its own.
 */
export async function appointmentsForWorker(db: DbOrTx, userId: string, fromIso: string, toIso: string): Promise<Appointment[]> {
  const rows = await workerAppointmentRows(db, userId, new Date(fromIso), new Date(toIso));
  return rows.map(toAppointment);
}

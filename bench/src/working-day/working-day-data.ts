import { OPEN_CASE_STATUSES, ukInstant } from '@kith/shared';
import type { RawSql } from '../pathway/raw-sql.ts';
import { WORKING_DAY_SETTINGS } from './working-day-settings.ts';

/** What the dashboard bench added on top of the pathway PCN for the measured worker. */
export interface WorkingDayData {
  manualTasks: number;
  snoozedTasks: number;
  appointmentsToday: number;
  cancelledToday: number;
}

/** The UK instant `hh:mm` on `day`; the bench books during the day, never across a clock change. */
function ukTime(day: string, time: string): string {
  const result = ukInstant(`${day}T${time}`);
  if (!result.ok) throw new Error(`no UK time ${day} ${time}`);
  return result.instant.toISOString();
}

/**
 * Manual tasks and today's appointments for the measured worker, by plain SQL (the rows the tasks
 * and appointments screens would write). Tasks are due from 30 days ago to 30 days ahead, every
 * second one about a case on the worker's caseload; every `snoozeEvery`-th is snoozed past today.
 * Appointments are on the first cases of the caseload, an hour apart from 09:00 UK time; the last
 * one is cancelled, which the dashboard leaves out.
 */
export async function addWorkingDay(sql: RawSql, workerId: string, pcnId: string, today: string): Promise<WorkingDayData> {
  const { manualTasks, snoozeEvery, appointmentsToday } = WORKING_DAY_SETTINGS.dashboard;
  const cases = await sql.query<{ id: string; person_id: string }>(
    `SELECT id, person_id FROM referrals WHERE assigned_worker_id = $1 AND status::text = ANY($2::text[]) ORDER BY id`,
    [workerId, [...OPEN_CASE_STATUSES]],
  );
  if (cases.length < appointmentsToday) throw new Error(`the measured worker has only ${cases.length} open cases`);
  const referralIds = cases.map((row) => row.id);
  const personIds = cases.map((row) => row.person_id);

  await sql.transaction(async (query) => {
    await query(
      `INSERT INTO worker_tasks (organisation_id, assignee_user_id, source, title, due_on, person_id, referral_id,
         status, snoozed_until, created_by)
       SELECT $2, $1, 'manual', 'Bench task ' || n, $3::date + (n % 61) - 30,
         CASE WHEN n % 2 = 0 THEN ($5::uuid[])[1 + n % cardinality($5::uuid[])] END,
         CASE WHEN n % 2 = 0 THEN ($6::uuid[])[1 + n % cardinality($6::uuid[])] END,
         'open', CASE WHEN n % $7 = 0 THEN $3::date + 3 END, $1
       FROM generate_series(1, $4::int) n`,
      [workerId, pcnId, today, manualTasks, personIds, referralIds, snoozeEvery],
    );
    for (let index = 0; index < appointmentsToday; index++) {
      const hour = String(9 + index).padStart(2, '0');
      await query(
        `INSERT INTO appointments (organisation_id, referral_id, person_id, worker_user_id, starts_at, duration_minutes,
           mode, place, status, created_by)
         VALUES ($1, $2, $3, $4, $5, 45, 'face_to_face', 'Surgery room 2', $6, $4)`,
        [
          pcnId,
          referralIds[index],
          personIds[index],
          workerId,
          ukTime(today, `${hour}:00`),
          index === appointmentsToday - 1 ? 'cancelled' : 'booked',
        ],
      );
    }
  });
  return {
    manualTasks,
    snoozedTasks: Math.floor(manualTasks / snoozeEvery),
    appointmentsToday,
    cancelledToday: 1,
  };
}

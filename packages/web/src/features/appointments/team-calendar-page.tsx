import type { Appointment } from '@kith/shared';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCalendar } from './appointment-queries.ts';
import { AppointmentTable } from './appointment-table.tsx';
import { daysOf, rangeOf } from './appointment-time.ts';
import { CalendarControls } from './calendar-controls.tsx';
import { readCalendarParams } from './calendar-params.ts';

/** `/appointments/team?view=&date=`: a supervisor's team's appointments, one table per worker. */
export function TeamCalendarPage() {
  const [search] = useSearchParams();
  const params = readCalendarParams(search);
  const calendar = useCalendar(rangeOf(daysOf(params.view, params.date)), true);
  usePageTitle(params.view === 'week' ? 'Team calendar: week' : 'Team calendar: day');

  return (
    <>
      <h1>Team calendar</h1>
      <p className="nhsuk-body">Appointments held by the link workers of the PCNs you supervise, in UK time.</p>
      <CalendarControls params={params} />
      <QueryState query={calendar} what="the team’s appointments">
        {(data) =>
          data.items.length === 0 ? (
            <p className="nhsuk-body">
              No one in your team has appointments {params.view === 'week' ? 'this week' : 'on this day'}.
            </p>
          ) : (
            byWorker(data.items).map((group) => (
              <AppointmentTable
                key={group.workerId}
                caption={group.workerName}
                appointments={group.appointments}
                emptyMessage="No appointments."
                showPerson
                showDay={params.view === 'week'}
              />
            ))
          )
        }
      </QueryState>
    </>
  );
}

interface WorkerGroup {
  workerId: string;
  workerName: string;
  appointments: Appointment[];
}

/** Appointments grouped by who holds them, workers in name order, each group in time order. */
export function byWorker(appointments: readonly Appointment[]): WorkerGroup[] {
  const groups = new Map<string, WorkerGroup>();
  for (const appointment of appointments) {
    const group = groups.get(appointment.workerId) ?? {
      workerId: appointment.workerId,
      workerName: appointment.workerName ?? 'Unknown worker',
      appointments: [],
    };
    group.appointments.push(appointment);
    groups.set(appointment.workerId, group);
  }
  return [...groups.values()].sort((a, b) => a.workerName.localeCompare(b.workerName, 'en-GB'));
}

import type { Appointment } from '@kith/shared';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCalendar } from './appointment-queries.ts';
import { AppointmentTable } from './appointment-table.tsx';
import { daysOf, formatDay, rangeOf, ukDateOf } from './appointment-time.ts';
import { CalendarControls } from './calendar-controls.tsx';
import { readCalendarParams } from './calendar-params.ts';

/**
 * `/appointments?view=day|week&date=`: my appointments, a table per day (a list anyone can read
 * with a screen reader or on a phone, not a drag-and-drop grid), in UK time.
 */
export function MyCalendarPage() {
  const [search] = useSearchParams();
  const params = readCalendarParams(search);
  const days = daysOf(params.view, params.date);
  const calendar = useCalendar(rangeOf(days));
  usePageTitle(params.view === 'week' ? 'Your calendar: week' : 'Your calendar: day');

  return (
    <>
      <h1>Your calendar</h1>
      <CalendarControls params={params} />
      <QueryState query={calendar} what="your appointments">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <p className="nhsuk-body">
                No appointments {params.view === 'week' ? 'this week' : 'on this day'}. Book one from a case on{' '}
                <Link to="/caseload">your caseload</Link>.
              </p>
            ) : null}
            {days.map((day) => (
              <AppointmentTable
                key={day}
                caption={formatDay(day)}
                appointments={onDay(data.items, day)}
                emptyMessage="No appointments."
                showPerson
              />
            ))}
          </>
        )}
      </QueryState>
      <p className="nhsuk-body">
        <Link to="/appointments/subscription">Add your appointments to your phone or email calendar</Link>
      </p>
    </>
  );
}

/** The appointments starting on a UK day. */
export function onDay(appointments: readonly Appointment[], day: string): Appointment[] {
  return appointments.filter((appointment) => ukDateOf(appointment.startsAt) === day);
}

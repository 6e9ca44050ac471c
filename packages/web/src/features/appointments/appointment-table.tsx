import type { Appointment } from '@kith/shared';
import { Link } from 'react-router';
import { NhsTable } from '../../components/nhs-table.tsx';
import { AppointmentStatusTag, whereText } from './appointment-labels.tsx';
import { ukDayOf, ukTime } from './appointment-time.ts';

interface AppointmentTableProps {
  caption: string;
  appointments: readonly Appointment[];
  emptyMessage: string;
  /** Show the person (calendars) or leave them out (a case, where the person is known). */
  showPerson?: boolean;
  /** Show the day (a case's list) or leave it out (a calendar day, whose heading says it). */
  showDay?: boolean;
  /** Show who holds it (the team calendar is grouped by worker, so not there). */
  showWorker?: boolean;
}

/** Appointments as a table, earliest first: each links to its page, where it can be changed. */
export function AppointmentTable({
  caption,
  appointments,
  emptyMessage,
  showPerson = false,
  showDay = false,
  showWorker = false,
}: AppointmentTableProps) {
  const columns = [
    showDay ? 'Day' : null,
    'Time',
    showPerson ? 'Person' : null,
    'Minutes',
    'How and where',
    showWorker ? 'With' : null,
    'Status',
  ].filter((column): column is string => column !== null);
  return (
    <NhsTable
      caption={caption}
      captionStyle="medium"
      columns={columns}
      rows={appointments}
      rowKey={(appointment) => appointment.id}
      emptyMessage={emptyMessage}
      renderRow={(appointment) => (
        <>
          {showDay ? <td className="nhsuk-table__cell">{ukDayOf(appointment.startsAt)}</td> : null}
          <td className="nhsuk-table__cell">
            <Link to={`/appointments/${appointment.id}`}>
              <time dateTime={appointment.startsAt}>{ukTime(appointment.startsAt)}</time>
              <span className="nhsuk-u-visually-hidden"> appointment</span>
            </Link>
          </td>
          {showPerson ? (
            <td className="nhsuk-table__cell">
              {appointment.personName} <span className="nhsuk-u-secondary-text-colour">({appointment.reference})</span>
            </td>
          ) : null}
          <td className="nhsuk-table__cell">{appointment.durationMinutes}</td>
          <td className="nhsuk-table__cell">{whereText(appointment)}</td>
          {showWorker ? <td className="nhsuk-table__cell">{appointment.workerName ?? ''}</td> : null}
          <td className="nhsuk-table__cell">
            <AppointmentStatusTag status={appointment.status} />
          </td>
        </>
      )}
    />
  );
}

import { ukToday } from '@kith/shared';
import './appointments.css';
import { Link } from 'react-router';
import { formatDay, mondayOf } from './appointment-time.ts';
import { type CalendarParams, calendarSearch, stepped } from './calendar-params.ts';

/**
 * Moving about a calendar: day or week, previous, today and next. Plain links that keep `?view=`
 * and `?date=` in the address, so the back button and a bookmark both work.
 */
export function CalendarControls({ params }: { params: CalendarParams }) {
  const unit = params.view === 'week' ? 'week' : 'day';
  const today = ukToday();
  return (
    <nav aria-label="Calendar dates">
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        {params.view === 'week' ? `Week starting ${formatDay(mondayOf(params.date))}` : formatDay(params.date)}
      </p>
      <ul className="nhsuk-list kith-calendar-links">
        <li>
          <Link to={calendarSearch(stepped(params, -1))}>Previous {unit}</Link>
        </li>
        <li>
          <Link to={calendarSearch({ ...params, date: today })}>Today</Link>
        </li>
        <li>
          <Link to={calendarSearch(stepped(params, 1))}>Next {unit}</Link>
        </li>
        <li>
          {params.view === 'week' ? (
            <Link to={calendarSearch({ ...params, view: 'day' })}>Show one day</Link>
          ) : (
            <Link to={calendarSearch({ ...params, view: 'week' })}>Show the week</Link>
          )}
        </li>
      </ul>
    </nav>
  );
}

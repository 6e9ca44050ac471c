import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const MyCalendarPage = lazyPage(() => import('./my-calendar-page.tsx'), 'MyCalendarPage');
const TeamCalendarPage = lazyPage(() => import('./team-calendar-page.tsx'), 'TeamCalendarPage');
const CalendarSubscriptionPage = lazyPage(() => import('./calendar-subscription-page.tsx'), 'CalendarSubscriptionPage');
const AppointmentPage = lazyPage(() => import('./appointment-page.tsx'), 'AppointmentPage');
const CaseAppointmentsPage = lazyPage(() => import('./case-appointments-page.tsx'), 'CaseAppointmentsPage');

/**
 * The calendars and appointment pages: whoever works referrals has their own calendar and
 * subscription; supervisors (who allocate) also see their team's. The server decides which
 * appointments each may see.
 */
export function appointmentRoutes(): ReactNode {
  return (
    <Route path="appointments" element={<RequirePermission permission="referrals:work" />}>
      <Route index element={<MyCalendarPage />} />
      <Route path="subscription" element={<CalendarSubscriptionPage />} />
      <Route path="team" element={<RequirePermission permission="referrals:allocate" />}>
        <Route index element={<TeamCalendarPage />} />
      </Route>
      <Route path=":id" element={<AppointmentPage />} />
    </Route>
  );
}

/** The case's "Appointments" section, inside `/cases/:referralId`. */
export function caseAppointmentRoutes(): ReactNode {
  return <Route path="appointments" element={<CaseAppointmentsPage />} />;
}

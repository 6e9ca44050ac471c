import { OPEN_CASE_STATUSES } from '@kith/shared';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CaseHeader } from '../care/case-header.tsx';
import { useCaseReferral } from '../care/case-layout.tsx';
import { personName } from '../referrals/referral-labels.ts';
import { useReferralAppointments } from './appointment-queries.ts';
import { AppointmentTable } from './appointment-table.tsx';
import { ukDayOf, ukTime } from './appointment-time.ts';
import { BookAppointmentForm } from './book-appointment-form.tsx';

/** `/cases/:referralId/appointments`: the case's appointments and booking the next one. */
export function CaseAppointmentsPage() {
  const referral = useCaseReferral();
  const appointments = useReferralAppointments(referral.id);
  const [booked, setBooked] = useState<string | null>(null);
  usePageTitle(`Appointments – ${personName(referral.person)}`);
  const open = OPEN_CASE_STATUSES.includes(referral.status);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner message={booked} />
        <CaseHeader referral={referral} section="appointments" />
        <QueryState query={appointments} what="appointments">
          {(data) => (
            <AppointmentTable
              caption="Appointments, earliest first"
              appointments={data.items}
              emptyMessage="No appointments booked yet."
              showDay
            />
          )}
        </QueryState>
        {open ? (
          <BookAppointmentForm
            referralId={referral.id}
            onBooked={(startsAt) => setBooked(`Appointment booked for ${ukDayOf(startsAt)} at ${ukTime(startsAt)}`)}
          />
        ) : (
          <p className="nhsuk-body">This case is not open, so no appointments can be booked.</p>
        )}
      </div>
    </div>
  );
}

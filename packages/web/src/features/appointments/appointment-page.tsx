import { type Appointment, ARRIVES_EARLY_MINUTES } from '@kith/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AppointmentLetterButton } from '../letters/appointment-letter-button.tsx';
import { AppointmentFields } from './appointment-form.tsx';
import { AppointmentStatusTag, whereText } from './appointment-labels.tsx';
import { useAppointment, useAppointmentOutcome, useRescheduleAppointment } from './appointment-queries.ts';
import { ukWhen } from './appointment-time.ts';
import {
  APPOINTMENT_FIELD_ORDER,
  buildAttendedRequest,
  buildCancelRequest,
  buildDidNotAttendRequest,
  buildRescheduleRequest,
  CANCEL_FIELD_ORDER,
  DNA_FIELD_ORDER,
  EMPTY_CANCEL,
  EMPTY_DNA,
  EMPTY_NOTE,
  NOTE_FIELD_ORDER,
  valuesFromAppointment,
} from './appointment-values.ts';

/** `/appointments/:id`: one appointment, and what can still happen to it. */
export function AppointmentPage() {
  const { id = '' } = useParams();
  const appointment = useAppointment(id);
  const [done, setDone] = useState<string | null>(null);
  const notFound = isApiError(appointment.error, 'not_found', 'validation');
  usePageTitle(notFound ? 'Appointment not found' : 'Appointment');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/appointments">Back to your calendar</BackLink>
        <SuccessBanner message={done} />
        {notFound ? (
          <>
            <h1>Appointment not found</h1>
            <p className="nhsuk-body">This appointment does not exist or is not one you can see.</p>
          </>
        ) : (
          <QueryState query={appointment} what="the appointment">
            {(data) => <AppointmentDetail appointment={data} onDone={setDone} />}
          </QueryState>
        )}
      </div>
    </div>
  );
}

function AppointmentDetail({ appointment, onDone }: { appointment: Appointment; onDone: (message: string) => void }) {
  const startsAt = Date.parse(appointment.startsAt);
  const started = startsAt <= Date.now();
  const arriving = startsAt - ARRIVES_EARLY_MINUTES * 60_000 <= Date.now();
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">
          {appointment.personName}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Appointment
      </h1>
      <SummaryList
        rows={[
          { key: 'When (UK time)', value: ukWhen(appointment.startsAt, appointment.endsAt) },
          { key: 'How and where', value: whereText(appointment) },
          ...(appointment.videoLink
            ? [
                {
                  key: 'Video link',
                  value: (
                    <a href={appointment.videoLink} rel="noopener noreferrer" target="_blank">
                      {appointment.videoLink} (opens in a new tab)
                    </a>
                  ),
                },
              ]
            : []),
          { key: 'With', value: appointment.workerName ?? '' },
          { key: 'Status', value: <AppointmentStatusTag status={appointment.status} /> },
          ...(appointment.statusReason ? [{ key: 'Reason or note', value: appointment.statusReason }] : []),
          {
            key: 'Case',
            value: (
              <Link to={`/cases/${appointment.referralId}/appointments`}>
                {appointment.personName}’s case (reference {appointment.reference})
              </Link>
            ),
          },
          ...(appointment.contactId
            ? [{ key: 'Contact', value: <Link to={`/cases/${appointment.referralId}`}>Logged as a contact</Link> }]
            : []),
        ]}
      />
      {appointment.status === 'booked' ? (
        <>
          <AppointmentLetterButton
            appointmentId={appointment.id}
            largePrintByDefault={appointment.personAccessibleFormats.includes('large_print')}
          />
          {arriving ? <AttendedForm appointment={appointment} onDone={onDone} /> : null}
          {started ? <DidNotAttendForm appointment={appointment} onDone={onDone} /> : null}
          {started ? null : (
            <p className="nhsuk-body">
              {arriving
                ? 'Once the appointment has started you can also mark that they did not attend.'
                : `From ${ARRIVES_EARLY_MINUTES} minutes before the appointment you can mark it attended; once it has started, did not attend.`}
            </p>
          )}
          <RescheduleForm appointment={appointment} onDone={onDone} />
          <CancelForm appointment={appointment} onDone={onDone} />
        </>
      ) : null}
    </>
  );
}

interface ActionProps {
  appointment: Appointment;
  onDone: (message: string) => void;
}

function AttendedForm({ appointment, onDone }: ActionProps) {
  const { attended } = useAppointmentOutcome(appointment.id);
  const kith = useKithForm({
    defaultValues: EMPTY_NOTE,
    toRequest: (values) => buildAttendedRequest(values, appointment.version),
    fieldOrder: NOTE_FIELD_ORDER,
    onSubmit: async (request) => {
      await attended.mutateAsync(request);
      onDone('Marked attended, and the contact is logged on the case');
    },
  });
  return (
    <section aria-labelledby="attended-heading">
      <h2 id="attended-heading">Mark attended and log contact</h2>
      <p className="nhsuk-body">
        This logs a contact on the case at the appointment’s time, for its length ({appointment.durationMinutes} minutes).
      </p>
      <KithFormFrame kith={kith} aria-labelledby="attended-heading">
        <FormTextareaField
          control={kith.form.control}
          name="notes"
          label="Notes for the contact (optional)"
          hint="What you talked about and what happens next. Do not copy in clinical records."
          rows={4}
        />
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          Mark attended and log contact
        </Button>
      </KithFormFrame>
    </section>
  );
}

function DidNotAttendForm({ appointment, onDone }: ActionProps) {
  const { didNotAttend } = useAppointmentOutcome(appointment.id);
  const kith = useKithForm({
    defaultValues: EMPTY_DNA,
    toRequest: (values) => buildDidNotAttendRequest(values, appointment.version),
    fieldOrder: DNA_FIELD_ORDER,
    onSubmit: async (request) => {
      await didNotAttend.mutateAsync(request);
      onDone('Marked as did not attend');
    },
  });
  return (
    <section aria-labelledby="dna-heading">
      <h2 id="dna-heading">Did not attend</h2>
      <KithFormFrame kith={kith} aria-labelledby="dna-heading">
        <FormTextareaField control={kith.form.control} name="note" label="Note (optional)" rows={2} />
        <Button type="submit" variant="secondary" pending={kith.pending} pendingLabel="Saving…">
          Mark did not attend
        </Button>
      </KithFormFrame>
    </section>
  );
}

function RescheduleForm({ appointment, onDone }: ActionProps) {
  const reschedule = useRescheduleAppointment(appointment.id);
  const kith = useKithForm({
    defaultValues: valuesFromAppointment(appointment),
    toRequest: (values) => buildRescheduleRequest(values, appointment.version),
    fieldOrder: APPOINTMENT_FIELD_ORDER,
    onSubmit: async (request) => {
      const moved = await reschedule.mutateAsync(request);
      onDone(`Rescheduled to ${ukWhen(moved.startsAt, moved.endsAt)}`);
    },
  });
  return (
    <section aria-labelledby="reschedule-heading">
      <h2 id="reschedule-heading">Reschedule</h2>
      <AppointmentFields kith={kith} submitLabel="Reschedule appointment" labelledBy="reschedule-heading" />
    </section>
  );
}

function CancelForm({ appointment, onDone }: ActionProps) {
  const { cancel } = useAppointmentOutcome(appointment.id);
  const kith = useKithForm({
    defaultValues: EMPTY_CANCEL,
    toRequest: (values) => buildCancelRequest(values, appointment.version),
    fieldOrder: CANCEL_FIELD_ORDER,
    onSubmit: async (request) => {
      await cancel.mutateAsync(request);
      onDone('Appointment cancelled');
    },
  });
  return (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">Cancel the appointment</h2>
      <KithFormFrame kith={kith} aria-labelledby="cancel-heading">
        <FormTextareaField control={kith.form.control} name="reason" label="Why is it cancelled?" rows={2} />
        <Button type="submit" variant="warning" pending={kith.pending} pendingLabel="Cancelling…">
          Cancel appointment
        </Button>
      </KithFormFrame>
    </section>
  );
}

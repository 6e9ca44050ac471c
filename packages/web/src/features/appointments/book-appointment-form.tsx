import type { AppointmentWorkerList } from '@kith/shared';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import { AppointmentFields } from './appointment-form.tsx';
import { useAppointmentWorkers, useBookAppointment } from './appointment-queries.ts';
import { APPOINTMENT_FIELD_ORDER, buildBookRequest, EMPTY_APPOINTMENT } from './appointment-values.ts';

interface BookAppointmentFormProps {
  referralId: string;
  /** Called with the booked appointment's UK day and time, for the success message. */
  onBooked: (startsAt: string) => void;
}

/** "Book an appointment": the next contact, with the referral's worker, in UK time. */
export function BookAppointmentForm({ referralId, onBooked }: BookAppointmentFormProps) {
  const book = useBookAppointment(referralId);
  const workers = useAppointmentWorkers(referralId);
  const kith = useKithForm({
    defaultValues: EMPTY_APPOINTMENT,
    toRequest: buildBookRequest,
    fieldOrder: APPOINTMENT_FIELD_ORDER,
    clearOnSave: true,
    onSubmit: async (request) => onBooked((await book.mutateAsync(request)).startsAt),
  });
  return (
    <section aria-labelledby="book-appointment-heading">
      <h2 id="book-appointment-heading">Book an appointment</h2>
      <p className="nhsuk-body">Times are UK time. If the person agreed to messages, they are sent a confirmation.</p>
      <AppointmentFields
        kith={kith}
        submitLabel="Book appointment"
        labelledBy="book-appointment-heading"
        workerOptions={workerOptions(workers.data)}
      />
    </section>
  );
}

/** The assigned worker first (the default, ''), then the PCN's other colleagues who work referrals. */
export function workerOptions(list: AppointmentWorkerList | undefined): SelectOption[] {
  if (!list) return [];
  const assigned = list.items.find((worker) => worker.id === list.assignedWorkerId);
  const others = list.items.filter((worker) => worker.id !== list.assignedWorkerId);
  return [
    ...(assigned ? [{ value: '', label: `${assigned.name} (their link worker)` }] : []),
    ...others.map((worker) => ({ value: worker.id, label: worker.name })),
  ];
}

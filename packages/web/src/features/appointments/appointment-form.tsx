import { Button } from '../../components/button.tsx';
import { FormDateInputField, FormRadiosField, FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import type { KithForm } from '../../components/form/use-kith-form.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import { CONTACT_MODE_ITEMS } from '../care/care-labels.ts';
import { type AppointmentFormValues, needsOffset } from './appointment-values.ts';

const OFFSET_ITEMS = [
  { value: '+01:00', label: 'The first time (British Summer Time, before the clocks go back)' },
  { value: '+00:00', label: 'The second time (Greenwich Mean Time, after the clocks go back)' },
];

interface AppointmentFieldsProps {
  kith: KithForm<AppointmentFormValues>;
  submitLabel: string;
  /** The heading naming this form, when the page holds more than one. */
  labelledBy?: string;
  /** Booking only: who else the appointment can be with (the first option is the assigned worker). */
  workerOptions?: readonly SelectOption[];
}

/** The fields of booking and rescheduling: when (UK time), how long, how, and where or which link. */
export function AppointmentFields({ kith, submitLabel, labelledBy, workerOptions }: AppointmentFieldsProps) {
  const { control } = kith.form;
  const { mode } = kith.values;
  return (
    <KithFormFrame kith={kith} {...(labelledBy ? { 'aria-labelledby': labelledBy } : {})}>
      {workerOptions && workerOptions.length > 1 ? (
        <FormSelectField control={control} name="workerId" label="Who is the appointment with?" options={workerOptions} />
      ) : null}
      <FormDateInputField control={control} name="date" legend="Date" hint="For example, 15 3 2027" />
      <FormTextField
        control={control}
        name="time"
        label="Time"
        hint="UK time, 24-hour clock, for example 09:30 or 14:00"
        widthClass="nhsuk-input--width-5"
      />
      {needsOffset(kith.values) ? (
        <FormRadiosField
          control={control}
          name="offset"
          legend="This time happens twice that night. Which one?"
          items={OFFSET_ITEMS}
        />
      ) : null}
      <FormTextField
        control={control}
        name="durationMinutes"
        label="How long, in minutes"
        hint="Between 5 and 480"
        inputMode="numeric"
        widthClass="nhsuk-input--width-3"
      />
      <FormRadiosField control={control} name="mode" legend="How will it happen?" items={CONTACT_MODE_ITEMS} />
      {mode === 'video' ? (
        <FormTextField
          control={control}
          name="videoLink"
          label="Video link"
          hint="The address the person opens to join, starting with https://"
          type="url"
          spellCheck={false}
        />
      ) : (
        <FormTextField
          control={control}
          name="place"
          label={mode === 'face_to_face' || mode === 'group' ? 'Where' : 'Where (optional)'}
          hint="For example, the surgery and room, or a community venue"
        />
      )}
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {submitLabel}
      </Button>
    </KithFormFrame>
  );
}

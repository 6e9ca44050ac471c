import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { CONTACT_MODE_ITEMS } from './care-labels.ts';
import { useLogContact } from './care-queries.ts';
import { buildContactRequest, CONTACT_FIELD_ORDER, CONTACT_WHEN_PATHS, EMPTY_CONTACT } from './contact-values.ts';
import { HappenedAtFields } from './happened-at-fields.tsx';

interface ContactFormProps {
  referralId: string;
  /** When the referral was received: a contact cannot be before it. */
  receivedAt: string;
  /** Called with whether they were reached, once the contact is saved. */
  onLogged: (successful: boolean) => void;
}

const SPOKE_ITEMS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No', hint: 'For example, no answer or a wrong number. It counts as a contact attempt.' },
];

/** Log a contact, or an attempt that did not reach the person. */
export function ContactForm({ referralId, receivedAt, onLogged }: ContactFormProps) {
  const logContact = useLogContact(referralId);
  const kith = useKithForm({
    defaultValues: EMPTY_CONTACT,
    toRequest: (values) => buildContactRequest(values, { receivedAt, now: new Date() }),
    fieldOrder: CONTACT_FIELD_ORDER,
    clearOnSave: true,
    onSubmit: async (request) => onLogged((await logContact.mutateAsync(request)).successful),
  });
  const { control } = kith.form;

  return (
    <section aria-labelledby="log-contact-heading">
      <h2 id="log-contact-heading">Log a contact</h2>
      <KithFormFrame kith={kith}>
        <FormRadiosField control={control} name="mode" legend="How did you contact them?" items={CONTACT_MODE_ITEMS} />
        <FormRadiosField control={control} name="successful" legend="Did you speak to them?" items={SPOKE_ITEMS} />
        <HappenedAtFields control={control} paths={CONTACT_WHEN_PATHS} legend="When was it? (optional)" />
        <FormTextField
          control={control}
          name="durationMinutes"
          label="How long did it take, in minutes? (optional)"
          inputMode="numeric"
          widthClass="nhsuk-input--width-3"
        />
        <FormTextareaField
          control={control}
          name="notes"
          label="Notes (optional)"
          hint="What you talked about and what happens next. Do not copy in clinical records."
          rows={4}
        />
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          Log contact
        </Button>
      </KithFormFrame>
    </section>
  );
}

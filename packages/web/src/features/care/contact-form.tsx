import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { CONTACT_MODE_ITEMS } from './care-labels.ts';
import { useLogContact } from './care-queries.ts';
import { buildContactRequest, type ContactFormValues, EMPTY_CONTACT } from './contact-values.ts';

interface ContactFormProps {
  referralId: string;
  /** Called with whether they were reached, once the contact is saved. */
  onLogged: (successful: boolean) => void;
}

const SPOKE_ITEMS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No', hint: 'For example, no answer or a wrong number. It counts as a contact attempt.' },
];

/** Log a contact, or an attempt that did not reach the person. */
export function ContactForm({ referralId, onLogged }: ContactFormProps) {
  const logContact = useLogContact(referralId);
  const [values, setValues] = useState<ContactFormValues>(EMPTY_CONTACT);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const set = (change: Partial<ContactFormValues>) => setValues({ ...values, ...change });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = buildContactRequest(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    logContact.mutate(checked.data, {
      onSuccess: (contact) => {
        setValues(EMPTY_CONTACT);
        onLogged(contact.successful);
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="log-contact-heading">
      <h2 id="log-contact-heading">Log a contact</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="mode"
          legend="How did you contact them?"
          value={values.mode}
          onChange={(mode) => set({ mode })}
          items={CONTACT_MODE_ITEMS}
          error={messageFor(issues, 'mode')}
        />
        <RadiosField
          id="successful"
          legend="Did you speak to them?"
          value={values.successful}
          onChange={(answer) => set({ successful: answer === 'yes' ? 'yes' : 'no' })}
          items={SPOKE_ITEMS}
          error={messageFor(issues, 'successful')}
        />
        <TextField
          id="durationMinutes"
          label="How long did it take, in minutes? (optional)"
          value={values.durationMinutes}
          onChange={(durationMinutes) => set({ durationMinutes })}
          inputMode="numeric"
          widthClass="nhsuk-input--width-3"
          error={messageFor(issues, 'durationMinutes')}
        />
        <TextareaField
          id="notes"
          label="Notes (optional)"
          hint="What you talked about and what happens next. Do not copy in clinical records."
          value={values.notes}
          onChange={(notes) => set({ notes })}
          rows={4}
          error={messageFor(issues, 'notes')}
        />
        <Button type="submit" pending={logContact.isPending} pendingLabel="Saving…">
          Log contact
        </Button>
      </form>
    </section>
  );
}

import { CreatePulseRoundRequest, type PulseRound } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { type DateParts, dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useCreatePulseRound, usePulseOrganisations } from './pulse-queries.ts';

const FIELD_ORDER = ['organisationId', 'title', 'opensOn', 'closesOn'];

/** Opens a new round for the link workers of a PCN or an ICB. */
export function PulseRoundForm({ onCreated }: { onCreated: (round: PulseRound) => void }) {
  const organisations = usePulseOrganisations();
  const create = useCreatePulseRound();
  const [organisationId, setOrganisationId] = useState('');
  const [title, setTitle] = useState('');
  const [opensOn, setOpensOn] = useState<DateParts>(EMPTY_DATE_PARTS);
  const [closesOn, setClosesOn] = useState<DateParts>(EMPTY_DATE_PARTS);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const options = (organisations.data ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }));
  const chosenOrganisation = organisationId || (options.length === 1 ? (options[0]?.value ?? '') : '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const opens = readDateParts(opensOn, 'opening date');
    const closes = readDateParts(closesOn, 'closing date');
    const checked = validateWith(CreatePulseRoundRequest, {
      organisationId: chosenOrganisation || undefined,
      title,
      opensOn: opens.kind === 'date' ? opens.iso : undefined,
      closesOn: closes.kind === 'date' ? closes.iso : undefined,
    });
    const dateIssues = [
      ...dateIssue(opens, 'opensOn', 'Enter the opening date'),
      ...dateIssue(closes, 'closesOn', 'Enter the closing date'),
    ];
    const found = withDateIssues(dateIssues, checked).map((issue) =>
      issue.path === 'organisationId' ? { ...issue, message: 'Choose who the round is for' } : issue,
    );
    if (!checked.ok || found.length > 0) {
      setIssues(orderIssues(found, FIELD_ORDER));
      return;
    }
    setIssues([]);
    create.mutate(checked.data, {
      onSuccess: (round) => {
        setTitle('');
        setOpensOn(EMPTY_DATE_PARTS);
        setClosesOn(EMPTY_DATE_PARTS);
        onCreated(round);
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="new-round-heading">
      <h2 id="new-round-heading">Open a new round</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <SelectField
          id="organisationId"
          label="Who is the round for?"
          hint="The link workers of this primary care network, or of every network in the integrated care board"
          value={chosenOrganisation}
          onChange={setOrganisationId}
          options={options}
          placeholder="Choose an organisation"
          error={messageFor(issues, 'organisationId')}
        />
        <TextField
          id="title"
          label="Title"
          hint="For example, Spring 2026"
          value={title}
          onChange={setTitle}
          error={messageFor(issues, 'title')}
        />
        <DateInputField
          id="opensOn"
          legend="Opens on"
          hint="For example, 1 3 2026"
          value={opensOn}
          onChange={setOpensOn}
          error={messageFor(issues, 'opensOn')}
        />
        <DateInputField
          id="closesOn"
          legend="Closes on"
          hint="Answers are taken up to the end of this day"
          value={closesOn}
          onChange={setClosesOn}
          error={messageFor(issues, 'closesOn')}
        />
        <Button type="submit" pending={create.isPending} pendingLabel="Opening…">
          Open the round
        </Button>
      </form>
    </section>
  );
}

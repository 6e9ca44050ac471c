import {
  ConcernTransitionRequest,
  SAFEGUARDING_STATUS_LABELS,
  type SafeguardingConcern,
  type SafeguardingStatus,
} from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useTransitionConcern } from './safeguarding-queries.ts';

const HINTS: Partial<Record<SafeguardingStatus, string>> = {
  acknowledged: 'You have read the concern and are taking responsibility for it',
  referred_to_local_authority: 'You have made a safeguarding referral to the local authority',
  managed_internally: 'It does not need a referral to the local authority; the team is managing it',
  closed: 'Nothing more needs doing. Record the outcome',
};

const FIELDS = ['to', 'note', 'outcome'] as const;
const local = (issues: FormIssue[]): FormIssue[] =>
  orderIssues(
    issues.map((issue) =>
      (FIELDS as readonly string[]).includes(issue.path) ? { ...issue, path: `move.${issue.path}` } : issue,
    ),
    FIELDS.map((field) => `move.${field}`),
  );

interface ConcernTransitionFormProps {
  concern: SafeguardingConcern;
  onSaved: (message: string) => void;
}

/** Move a concern on: only to the states the shared state machine allows, with a note. */
export function ConcernTransitionForm({ concern, onSaved }: ConcernTransitionFormProps) {
  const transition = useTransitionConcern(concern.id);
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(ConcernTransitionRequest, {
      to: to || undefined,
      note,
      ...(to === 'closed' ? { outcome } : {}),
    });
    if (!checked.ok) {
      setIssues(local(checked.issues));
      return;
    }
    setIssues([]);
    transition.mutate(checked.data, {
      onSuccess: (saved) => {
        setTo('');
        setNote('');
        setOutcome('');
        onSaved(`The concern is now ${SAFEGUARDING_STATUS_LABELS[saved.status].toLowerCase()}.`);
      },
      onError: (error) => setIssues(local(issuesFromError(error))),
    });
  };

  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">Update the concern</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="move-to"
          legend="What happens next?"
          value={to}
          onChange={setTo}
          items={concern.allowedTransitions.map((status) => ({
            value: status,
            label: SAFEGUARDING_STATUS_LABELS[status],
            hint: HINTS[status] ?? '',
          }))}
          error={messageFor(issues, 'move.to')}
        />
        <TextareaField
          id="move-note"
          label="Note"
          hint="What you did or decided, and why"
          value={note}
          onChange={setNote}
          rows={3}
          error={messageFor(issues, 'move.note')}
        />
        {to === 'closed' ? (
          <TextareaField
            id="move-outcome"
            label="Outcome"
            hint="What happened as a result. A concern cannot be closed without one."
            value={outcome}
            onChange={setOutcome}
            rows={4}
            error={messageFor(issues, 'move.outcome')}
          />
        ) : null}
        <Button type="submit" pending={transition.isPending} pendingLabel="Saving…">
          Save
        </Button>
      </form>
    </section>
  );
}

import { DischargeRequest, type MessageBack } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { DISCHARGE_OUTCOME_LABELS, type DischargeOutcome } from '../referrals/discharge-outcome-labels.ts';
import { useDischarge } from './care-queries.ts';

const OUTCOME_ITEMS = (Object.keys(DISCHARGE_OUTCOME_LABELS) as DischargeOutcome[]).map((value) => ({
  value,
  label: DISCHARGE_OUTCOME_LABELS[value],
}));

interface DischargeFormProps {
  referralId: string;
  onDischarged: (message: MessageBack) => void;
}

/** Close the episode: the outcome, why, and a summary that goes to the referrer in the message back. */
export function DischargeForm({ referralId, onDischarged }: DischargeFormProps) {
  const discharge = useDischarge(referralId);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(DischargeRequest, { outcome, reason, summary });
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, ['outcome', 'reason', 'summary']));
      return;
    }
    setIssues([]);
    discharge.mutate(checked.data, { onSuccess: onDischarged, onError: (error) => setIssues(issuesFromError(error)) });
  };

  return (
    <>
      <ErrorSummary issues={issues} />
      <p className="nhsuk-body">
        Discharging closes the case and sends a message back to the referrer with the outcome, the change in their wellbeing
        measures and the SNOMED CT codes for their GP record.
      </p>
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="outcome"
          legend="What was the outcome?"
          legendClass="nhsuk-fieldset__legend--m"
          value={outcome}
          onChange={setOutcome}
          items={OUTCOME_ITEMS}
          error={messageFor(issues, 'outcome')}
        />
        <TextareaField
          id="reason"
          label="Why are they being discharged?"
          value={reason}
          onChange={setReason}
          rows={3}
          error={messageFor(issues, 'reason')}
        />
        <TextareaField
          id="summary"
          label="Summary for the referrer (optional)"
          hint="What happened, in plain words. The referrer and GP practice will read this."
          value={summary}
          onChange={setSummary}
          rows={6}
          error={messageFor(issues, 'summary')}
        />
        <Button type="submit" pending={discharge.isPending} pendingLabel="Discharging…">
          Discharge
        </Button>
      </form>
    </>
  );
}

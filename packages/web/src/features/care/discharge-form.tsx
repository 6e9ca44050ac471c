import { DischargeRequest, type MessageBack } from '@kith/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { DISCHARGE_OUTCOME_LABELS, type DischargeOutcome } from '../referrals/discharge-outcome-labels.ts';
import { useDischarge, useOutcomeSummary } from './care-queries.ts';
import { dischargeMeasuresDue, instrumentList } from './discharge-measures.ts';

const OUTCOME_ITEMS = (Object.keys(DISCHARGE_OUTCOME_LABELS) as DischargeOutcome[]).map((value) => ({
  value,
  label: DISCHARGE_OUTCOME_LABELS[value],
}));

interface DischargeFormProps {
  referralId: string;
  personName: string;
  onDischarged: (message: MessageBack) => void;
}

/**
 * Close the episode: the outcome, why, and a summary that goes to the referrer in the message
 * back. Discharge cannot be undone, so it is confirmed first, and the measures that would show
 * the change since baseline are asked for while there is still time to take them.
 */
export function DischargeForm({ referralId, personName, onDischarged }: DischargeFormProps) {
  const discharge = useDischarge(referralId);
  const measures = useOutcomeSummary(referralId);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [confirming, setConfirming] = useState<DischargeRequest | null>(null);
  const due = dischargeMeasuresDue(measures.data?.measures ?? []);
  useUnsavedChangesWarning(!discharge.isSuccess && Boolean(outcome || reason.trim() || summary.trim()));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(DischargeRequest, { outcome, reason, summary });
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, ['outcome', 'reason', 'summary']));
      return;
    }
    setIssues([]);
    setConfirming(checked.data);
  };

  const confirm = (request: DischargeRequest) =>
    discharge.mutate(request, {
      onSuccess: onDischarged,
      onError: (error) => {
        setConfirming(null);
        setIssues(issuesFromError(error));
      },
    });

  if (confirming) {
    return (
      <DischargeConfirmation
        personName={personName}
        outcome={DISCHARGE_OUTCOME_LABELS[confirming.outcome as DischargeOutcome] ?? confirming.outcome}
        measuresDue={instrumentList(due)}
        pending={discharge.isPending}
        onConfirm={() => confirm(confirming)}
        onBack={() => setConfirming(null)}
      />
    );
  }

  return (
    <>
      <ErrorSummary issues={issues} />
      <p className="nhsuk-body">
        Discharging closes the case and sends a message back to the referrer with the outcome, the change in their wellbeing
        measures and the SNOMED CT codes for their GP record. The care plan can no longer be changed afterwards.
      </p>
      {due.length > 0 ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Discharge measures not recorded
          </h2>
          <p>
            {instrumentList(due)} {due.length > 1 ? 'were' : 'was'} taken at baseline but not yet at discharge. Without them the
            message back cannot show how {personName}'s wellbeing has changed.
          </p>
          <p>
            <Link to={`/cases/${referralId}/outcomes`}>Record the discharge measures</Link>
          </p>
        </div>
      ) : null}
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
        <Button type="submit">Continue</Button>
      </form>
    </>
  );
}

interface DischargeConfirmationProps {
  personName: string;
  outcome: string;
  /** The measures still to take ("ONS4 and SWEMWBS"), or '' when none are due. */
  measuresDue: string;
  pending: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/** The last check before a discharge that cannot be undone; focused so it is read out first. */
function DischargeConfirmation({ personName, outcome, measuresDue, pending, onConfirm, onBack }: DischargeConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label" ref={heading} tabIndex={-1}>
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Discharge {personName}?
      </h2>
      <p>
        Outcome: <strong>{outcome}</strong>. This closes the case, makes the care plan read-only and sends the message back to the
        referrer. It cannot be undone.
      </p>
      {measuresDue ? <p>The {measuresDue} discharge measures have not been recorded.</p> : null}
      <div className="nhsuk-button-group">
        <Button type="button" onClick={onConfirm} pending={pending} pendingLabel="Discharging…">
          Yes, discharge
        </Button>
        <Button type="button" variant="secondary" onClick={onBack} disabled={pending}>
          Go back
        </Button>
      </div>
    </div>
  );
}

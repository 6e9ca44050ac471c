import {
  DISCHARGE_OUTCOME_LABELS,
  type DischargeOutcome,
  type DischargeRequest,
  type Instrument,
  type MessageBack,
} from '@kith/shared';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { useDischarge, useOutcomeSummary } from './care-queries.ts';
import { dischargeMeasuresDue, instrumentList } from './discharge-measures.ts';
import { buildDischargeRequest, DISCHARGE_FIELD_ORDER, EMPTY_DISCHARGE, hasDischargeInput } from './discharge-values.ts';

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
  // Set once the form is complete: the next submit, from the confirmation, discharges.
  const [confirming, setConfirming] = useState<DischargeRequest | null>(null);
  const kith = useKithForm({
    defaultValues: EMPTY_DISCHARGE,
    toRequest: buildDischargeRequest,
    fieldOrder: DISCHARGE_FIELD_ORDER,
    onSubmit: async (request) => {
      if (!confirming) return setConfirming(request);
      try {
        onDischarged(await discharge.mutateAsync(request));
      } catch (error) {
        // Back to the form, where the problem shows beside what was typed.
        setConfirming(null);
        throw error;
      }
    },
  });
  const { control } = kith.form;
  const due = dischargeMeasuresDue(measures.data?.measures ?? []);
  useUnsavedChangesWarning(!discharge.isSuccess && hasDischargeInput(kith.values));

  if (confirming) {
    return (
      <DischargeConfirmation
        personName={personName}
        outcome={DISCHARGE_OUTCOME_LABELS[confirming.outcome as DischargeOutcome] ?? confirming.outcome}
        measuresDue={instrumentList(due)}
        pending={kith.pending}
        onConfirm={() => void kith.submit()}
        onBack={() => setConfirming(null)}
      />
    );
  }

  return (
    <KithFormFrame
      kith={kith}
      intro={
        <>
          <p className="nhsuk-body">
            Discharging closes the case and sends a message back to the referrer with the outcome, the change in their wellbeing
            measures and the SNOMED CT codes for their GP record. The care plan can no longer be changed afterwards.
          </p>
          {due.length > 0 ? <MeasuresDueWarning due={due} personName={personName} referralId={referralId} /> : null}
        </>
      }
    >
      <FormRadiosField
        control={control}
        name="outcome"
        legend="What was the outcome?"
        legendClass="nhsuk-fieldset__legend--m"
        items={OUTCOME_ITEMS}
      />
      <FormTextareaField control={control} name="reason" label="Why are they being discharged?" rows={3} />
      <FormTextareaField
        control={control}
        name="summary"
        label="Summary for the referrer (optional)"
        hint="What happened, in plain words. The referrer and GP practice will read this."
        rows={6}
      />
      <Button type="submit">Continue</Button>
    </KithFormFrame>
  );
}

/** Taken at baseline but not at discharge: without them the message back cannot show the change. */
function MeasuresDueWarning({ due, personName, referralId }: { due: Instrument[]; personName: string; referralId: string }) {
  return (
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

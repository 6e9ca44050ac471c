import { type Referral, TriageRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { referralChangeIssues } from './referral-conflict.ts';
import { COMPLEXITY_ITEMS, RISK_FLAG_ITEMS, URGENCY_ITEMS } from './referral-labels.ts';
import { useTriageReferral } from './referral-queries.ts';

export interface ReferralActionProps {
  referral: Referral;
  onSaved: (message: string) => void;
  /** A 409: the referral moved on, so this form may disappear; the page shows the problem instead. */
  onConflict: (issues: FormIssue[]) => void;
}

/** Triage: urgency, complexity and risk flags (received → triaged). */
export function TriageForm({ referral, onSaved, onConflict }: ReferralActionProps) {
  const triage = useTriageReferral(referral.id);
  const [urgency, setUrgency] = useState<string>(referral.urgency);
  const [complexity, setComplexity] = useState<string>(referral.complexity ?? '');
  const [riskFlags, setRiskFlags] = useState<string[]>(referral.riskFlags);
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(TriageRequest, { urgency, complexity, riskFlags, note: note.trim() || undefined });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    triage.mutate(checked.data, {
      onSuccess: () => onSaved('Triage saved. The referral is ready to allocate.'),
      onError: (error) =>
        isApiError(error, 'conflict') ? onConflict(referralChangeIssues(error)) : setIssues(referralChangeIssues(error)),
    });
  };

  return (
    <section aria-labelledby="triage-heading">
      <h2 id="triage-heading">Triage</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="urgency"
          legend="Urgency"
          value={urgency}
          onChange={setUrgency}
          items={URGENCY_ITEMS}
          error={messageFor(issues, 'urgency')}
        />
        <RadiosField
          id="complexity"
          legend="Complexity"
          hint="More complex cases count for more of a link worker's capacity"
          value={complexity}
          onChange={setComplexity}
          items={COMPLEXITY_ITEMS}
          error={messageFor(issues, 'complexity')}
        />
        <CheckboxesField
          id="riskFlags"
          legend="Risk flags (optional)"
          hint="Select all that apply"
          values={riskFlags}
          onChange={setRiskFlags}
          items={RISK_FLAG_ITEMS}
          error={messageFor(issues, 'riskFlags')}
        />
        <TextareaField
          id="note"
          label="Triage note (optional)"
          value={note}
          onChange={setNote}
          rows={3}
          error={messageFor(issues, 'note')}
        />
        <Button type="submit" pending={triage.isPending} pendingLabel="Saving triage…">
          Save triage
        </Button>
      </form>
    </section>
  );
}

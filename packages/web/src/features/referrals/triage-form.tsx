import type { Referral } from '@kith/shared';
import type { FormIssue } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormCheckboxesField, FormRadiosField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { buildTriageRequest, TRIAGE_FIELD_ORDER, triageValuesFor } from './referral-action-values.ts';
import { changeIssuesFor } from './referral-conflict.ts';
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
  const kith = useKithForm({
    defaultValues: triageValuesFor(referral),
    toRequest: buildTriageRequest,
    fieldOrder: TRIAGE_FIELD_ORDER,
    issuesFor: changeIssuesFor(onConflict),
    onSubmit: async (request) => {
      await triage.mutateAsync(request);
      onSaved('Triage saved. The referral is ready to allocate.');
    },
  });
  const { control } = kith.form;

  return (
    <section aria-labelledby="triage-heading">
      <h2 id="triage-heading">Triage</h2>
      <KithFormFrame kith={kith}>
        <FormRadiosField control={control} name="urgency" legend="Urgency" items={URGENCY_ITEMS} />
        <FormRadiosField
          control={control}
          name="complexity"
          legend="Complexity"
          hint="More complex cases count for more of a link worker's capacity"
          items={COMPLEXITY_ITEMS}
        />
        <FormCheckboxesField
          control={control}
          name="riskFlags"
          legend="Risk flags (optional)"
          hint="Select all that apply"
          items={RISK_FLAG_ITEMS}
        />
        <FormTextareaField control={control} name="note" label="Triage note (optional)" rows={3} />
        <Button type="submit" pending={kith.pending} pendingLabel="Saving triage…">
          Save triage
        </Button>
      </KithFormFrame>
    </section>
  );
}

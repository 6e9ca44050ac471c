import { SAFEGUARDING_STATUS_LABELS, type SafeguardingConcern, type SafeguardingStatus } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import {
  buildConcernTransitionRequest,
  CONCERN_TRANSITION_FIELD_ORDER,
  concernTransitionIssuesFor,
  NO_TRANSITION,
} from './concern-transition-values.ts';
import { useTransitionConcern } from './safeguarding-queries.ts';

const HINTS: Partial<Record<SafeguardingStatus, string>> = {
  acknowledged: 'You have read the concern and are taking responsibility for it',
  referred_to_local_authority: 'You have made a safeguarding referral to the local authority',
  managed_internally: 'It does not need a referral to the local authority; the team is managing it',
  closed: 'Nothing more needs doing. Record the outcome',
};

interface ConcernTransitionFormProps {
  concern: SafeguardingConcern;
  onSaved: (message: string) => void;
}

/** Move a concern on: only to the states the shared state machine allows, with a note. */
export function ConcernTransitionForm({ concern, onSaved }: ConcernTransitionFormProps) {
  const transition = useTransitionConcern(concern.id);
  const kith = useKithForm({
    defaultValues: NO_TRANSITION,
    toRequest: buildConcernTransitionRequest,
    fieldOrder: CONCERN_TRANSITION_FIELD_ORDER,
    issuesFor: concernTransitionIssuesFor,
    clearOnSave: true,
    onSubmit: async (request) => {
      const saved = await transition.mutateAsync(request);
      onSaved(`The concern is now ${SAFEGUARDING_STATUS_LABELS[saved.status].toLowerCase()}.`);
    },
  });
  const { control } = kith.form;

  // Field ids carry the `move` prefix so the form can sit on a page with other forms.
  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">Update the concern</h2>
      <KithFormFrame kith={kith}>
        <FormRadiosField
          control={control}
          name="to"
          issuePath="move.to"
          legend="What happens next?"
          items={concern.allowedTransitions.map((status) => ({
            value: status,
            label: SAFEGUARDING_STATUS_LABELS[status],
            hint: HINTS[status] ?? '',
          }))}
        />
        <FormTextareaField
          control={control}
          name="note"
          issuePath="move.note"
          label="Note"
          hint="What you did or decided, and why"
          rows={3}
        />
        {kith.values.to === 'closed' ? (
          <FormTextareaField
            control={control}
            name="outcome"
            issuePath="move.outcome"
            label="Outcome"
            hint="What happened as a result. A concern cannot be closed without one."
            rows={4}
          />
        ) : null}
        <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
          Save
        </Button>
      </KithFormFrame>
    </section>
  );
}

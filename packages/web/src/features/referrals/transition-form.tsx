import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { buildTransitionRequest, EMPTY_TRANSITION, TRANSITION_FIELD_ORDER, transitionIssues } from './referral-action-values.ts';
import { changeIssuesFor } from './referral-conflict.ts';
import { useTransitionReferral } from './referral-queries.ts';
import type { ReferralActionProps } from './triage-form.tsx';

/** The endings a supervisor records here; the pathway steps have their own forms. */
export const OTHER_ENDINGS: readonly ReferralStatus[] = ['declined', 'not_reached', 'withdrawn', 'closed_in_error'];

const HINTS: Partial<Record<ReferralStatus, string>> = {
  declined: 'The person, or the service, decided social prescribing is not right for them',
  not_reached: 'The link worker could not reach them',
  withdrawn: 'The referrer or the person withdrew the referral',
  closed_in_error: 'The referral should never have been made, for example a duplicate',
};

/** Decline, withdraw or close a referral in error, where its current status allows it. */
export function TransitionForm({ referral, onSaved, onConflict }: ReferralActionProps) {
  const transition = useTransitionReferral(referral.id);
  const choices = OTHER_ENDINGS.filter((status) => referral.allowedTransitions.includes(status));
  const changeIssues = changeIssuesFor(onConflict);
  const kith = useKithForm({
    defaultValues: EMPTY_TRANSITION,
    toRequest: buildTransitionRequest,
    fieldOrder: TRANSITION_FIELD_ORDER,
    issuesFor: (error) => transitionIssues(changeIssues(error)),
    onSubmit: async (request) => {
      const saved = await transition.mutateAsync(request);
      onSaved(`The referral is now ${REFERRAL_STATUS_LABELS[saved.status].toLowerCase()}.`);
    },
  });
  const { control } = kith.form;

  return (
    <section aria-labelledby="transition-heading">
      <h2 id="transition-heading">End the referral</h2>
      <KithFormFrame kith={kith}>
        <FormRadiosField
          control={control}
          name="to"
          issuePath="transition.to"
          legend="How does the referral end?"
          items={choices.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status], hint: HINTS[status] ?? '' }))}
        />
        <FormTextareaField
          control={control}
          name="reason"
          issuePath="transition.reason"
          label="Why?"
          hint="This goes to the referrer in the message back, so write it for them."
          rows={3}
        />
        <Button variant="secondary" type="submit" pending={kith.pending} pendingLabel="Saving…">
          End the referral
        </Button>
      </KithFormFrame>
    </section>
  );
}

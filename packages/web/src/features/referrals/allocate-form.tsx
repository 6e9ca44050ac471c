import { Button } from '../../components/button.tsx';
import { FormTextareaField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AllocationChoiceTable } from './allocation-choice-table.tsx';
import { ALLOCATE_FIELD_ORDER, buildAllocateRequest, EMPTY_ALLOCATION } from './referral-action-values.ts';
import { changeIssuesFor } from './referral-conflict.ts';
import { useAllocateReferral, useAllocationSuggestions } from './referral-queries.ts';
import type { ReferralActionProps } from './triage-form.tsx';

/** Allocate (or reassign) to a link worker, choosing from their current weighted load. */
export function AllocateForm({ referral, onSaved, onConflict }: ReferralActionProps) {
  const suggestions = useAllocationSuggestions(referral.id, true);
  const allocate = useAllocateReferral(referral.id);
  const reassigning = referral.assignedWorkerId !== null;
  const kith = useKithForm({
    defaultValues: EMPTY_ALLOCATION,
    toRequest: (values) => buildAllocateRequest(values, referral.assignedWorkerId),
    fieldOrder: ALLOCATE_FIELD_ORDER,
    issuesFor: changeIssuesFor(onConflict),
    onSubmit: async (request) => {
      const saved = await allocate.mutateAsync(request);
      onSaved(`${reassigning ? 'Reassigned' : 'Allocated'} to ${saved.assignedWorkerName ?? 'the link worker'}.`);
    },
  });
  const { control } = kith.form;
  const worker = useBoundField({ control, name: 'workerId' });

  return (
    <section aria-labelledby="allocate-heading">
      <h2 id="allocate-heading">{reassigning ? 'Reassign to another link worker' : 'Allocate to a link worker'}</h2>
      <QueryState query={suggestions} what="link workers">
        {(data) =>
          data.length === 0 ? (
            <p className="nhsuk-body">There are no link workers in this primary care network to allocate to.</p>
          ) : (
            <KithFormFrame kith={kith}>
              <AllocationChoiceTable
                suggestions={data}
                currentWorkerId={referral.assignedWorkerId}
                value={worker.value}
                onChange={worker.onChange}
                error={worker.error}
              />
              <FormTextareaField
                control={control}
                name="reason"
                label={reassigning ? 'Why is it being reassigned? (optional)' : 'Note for the link worker (optional)'}
                rows={3}
              />
              <Button type="submit" pending={kith.pending} pendingLabel={reassigning ? 'Reassigning…' : 'Allocating…'}>
                {reassigning ? 'Reassign' : 'Allocate'}
              </Button>
            </KithFormFrame>
          )
        }
      </QueryState>
    </section>
  );
}

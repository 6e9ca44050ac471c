import { AllocateRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { AllocationChoiceTable } from './allocation-choice-table.tsx';
import { referralChangeIssues } from './referral-conflict.ts';
import { useAllocateReferral, useAllocationSuggestions } from './referral-queries.ts';
import type { ReferralActionProps } from './triage-form.tsx';

/** Allocate (or reassign) to a link worker, choosing from their current weighted load. */
export function AllocateForm({ referral, onSaved, onConflict }: ReferralActionProps) {
  const suggestions = useAllocationSuggestions(referral.id, true);
  const allocate = useAllocateReferral(referral.id);
  const reassigning = referral.assignedWorkerId !== null;
  const [workerId, setWorkerId] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const action = reassigning ? 'Reassign' : 'Allocate';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!workerId) {
      setIssues([{ path: 'workerId', message: 'Choose a link worker' }]);
      return;
    }
    // The assignee as this page shows it: if someone else allocated or reassigned it meanwhile, the
    // server refuses (409) instead of silently overwriting their choice.
    const checked = validateWith(AllocateRequest, {
      workerId,
      reason: reason.trim() || undefined,
      expectedWorkerId: referral.assignedWorkerId,
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    allocate.mutate(checked.data, {
      onSuccess: (saved) =>
        onSaved(`${reassigning ? 'Reassigned' : 'Allocated'} to ${saved.assignedWorkerName ?? 'the link worker'}.`),
      onError: (error) =>
        isApiError(error, 'conflict') ? onConflict(referralChangeIssues(error)) : setIssues(referralChangeIssues(error)),
    });
  };

  return (
    <section aria-labelledby="allocate-heading">
      <h2 id="allocate-heading">{reassigning ? 'Reassign to another link worker' : 'Allocate to a link worker'}</h2>
      <ErrorSummary issues={issues} />
      <QueryState query={suggestions} what="link workers">
        {(data) =>
          data.length === 0 ? (
            <p className="nhsuk-body">There are no link workers in this primary care network to allocate to.</p>
          ) : (
            <form onSubmit={submit} noValidate>
              <AllocationChoiceTable
                suggestions={data}
                currentWorkerId={referral.assignedWorkerId}
                value={workerId}
                onChange={setWorkerId}
                error={messageFor(issues, 'workerId')}
              />
              <TextareaField
                id="reason"
                label={reassigning ? 'Why is it being reassigned? (optional)' : 'Note for the link worker (optional)'}
                value={reason}
                onChange={setReason}
                rows={3}
                error={messageFor(issues, 'reason')}
              />
              <Button type="submit" pending={allocate.isPending} pendingLabel={reassigning ? 'Reassigning…' : 'Allocating…'}>
                {action}
              </Button>
            </form>
          )
        }
      </QueryState>
    </section>
  );
}

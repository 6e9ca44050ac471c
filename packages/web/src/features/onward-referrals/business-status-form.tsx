import { BusinessStatusChange, TASK_BUSINESS_STATUS_LABELS, TASK_BUSINESS_STATUSES, type TaskBusinessStatus } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useProviderBusinessStatus } from './provider-referral-queries.ts';
import { moveIssuesFromError } from './task-moves.ts';

const OPTIONS = TASK_BUSINESS_STATUSES.map((value) => ({ value, label: TASK_BUSINESS_STATUS_LABELS[value] }));

interface BusinessStatusFormProps {
  referralId: string;
  current: TaskBusinessStatus | null;
  onSaved: (message: string) => void;
}

/** Where the referral is within its state (on the waiting list, contact attempted…), without moving it. */
export function BusinessStatusForm({ referralId, current, onSaved }: BusinessStatusFormProps) {
  const update = useProviderBusinessStatus(referralId);
  const [value, setValue] = useState<string>(current ?? '');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(BusinessStatusChange, { businessStatus: value === '' ? null : value });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    update.mutate(checked.data, {
      onSuccess: (saved) =>
        onSaved(
          saved.businessStatus ? `Progress updated: ${TASK_BUSINESS_STATUS_LABELS[saved.businessStatus]}.` : 'Progress cleared.',
        ),
      onError: (error) => setIssues(moveIssuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <SelectField
          id="businessStatus"
          label="Where has the referral got to?"
          hint="This does not change its status. The link worker sees it."
          value={value}
          onChange={setValue}
          options={OPTIONS}
          placeholder="Nothing to add"
          error={messageFor(issues, 'businessStatus')}
        />
        <Button variant="secondary" type="submit" pending={update.isPending}>
          Update
        </Button>
      </form>
    </section>
  );
}

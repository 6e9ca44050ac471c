import { BusinessStatusChange, TASK_BUSINESS_STATUS_LABELS, TASK_BUSINESS_STATUSES, type TaskBusinessStatus } from '@kith/shared';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormSelectField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
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
  const kith = useKithForm({
    defaultValues: { businessStatus: current ?? '' },
    // "Nothing to add" clears it.
    toRequest: ({ businessStatus }) => validateWith(BusinessStatusChange, { businessStatus: businessStatus || null }),
    fieldOrder: ['businessStatus'],
    issuesFor: moveIssuesFromError,
    onSubmit: async (request) => {
      const saved = await update.mutateAsync(request);
      onSaved(
        saved.businessStatus ? `Progress updated: ${TASK_BUSINESS_STATUS_LABELS[saved.businessStatus]}.` : 'Progress cleared.',
      );
    },
  });

  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <KithFormFrame kith={kith}>
        <FormSelectField
          control={kith.form.control}
          name="businessStatus"
          label="Where has the referral got to?"
          hint="This does not change its status. The link worker sees it."
          options={OPTIONS}
          placeholder="Nothing to add"
        />
        <Button variant="secondary" type="submit" pending={kith.pending}>
          Update
        </Button>
      </KithFormFrame>
    </section>
  );
}

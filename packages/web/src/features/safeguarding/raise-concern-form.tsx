import { type RaisedConcern, SAFEGUARDING_CATEGORIES, SAFEGUARDING_CATEGORY_LABELS } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import {
  buildRaiseConcernRequest,
  EMPTY_CONCERN,
  RAISE_CONCERN_FIELD_ORDER,
  raiseConcernIssuesFor,
} from './raise-concern-values.ts';
import { useRaiseConcern } from './safeguarding-queries.ts';

interface RaiseConcernFormProps {
  personId: string;
  /** The referral the concern arose in, when raised from one. */
  referralId?: string | undefined;
  onRaised: (result: RaisedConcern) => void;
}

const CATEGORY_ITEMS = SAFEGUARDING_CATEGORIES.map((value) => ({ value, label: SAFEGUARDING_CATEGORY_LABELS[value] }));
const RISK_ITEMS = [
  { value: 'yes', label: 'Yes', hint: 'You will be told to call 999 or the local authority now' },
  { value: 'no', label: 'No' },
];

/** Raise a safeguarding concern: what kind, what happened, and whether anyone is at risk now. */
export function RaiseConcernForm({ personId, referralId, onRaised }: RaiseConcernFormProps) {
  const raise = useRaiseConcern(personId);
  const kith = useKithForm({
    defaultValues: EMPTY_CONCERN,
    toRequest: (values) => buildRaiseConcernRequest(values, referralId),
    fieldOrder: RAISE_CONCERN_FIELD_ORDER,
    issuesFor: raiseConcernIssuesFor,
    clearOnSave: true,
    onSubmit: async (request) => onRaised(await raise.mutateAsync(request)),
  });
  const { control } = kith.form;

  // Field ids carry the `concern` prefix so the form can sit on a page with other forms.
  return (
    <section aria-labelledby="raise-concern-heading">
      <h2 id="raise-concern-heading">Raise a safeguarding concern</h2>
      <KithFormFrame kith={kith}>
        <FormRadiosField
          control={control}
          name="category"
          issuePath="concern.category"
          legend="What kind of concern is it?"
          items={CATEGORY_ITEMS}
        />
        <FormTextareaField
          control={control}
          name="description"
          issuePath="concern.description"
          label="What has happened or what have you noticed?"
          hint="Write what you saw or were told, in the person's words where you can, and when."
          rows={6}
        />
        <FormRadiosField
          control={control}
          name="immediateRisk"
          issuePath="concern.immediateRisk"
          legend="Is anyone at immediate risk of harm?"
          items={RISK_ITEMS}
        />
        <Button variant="warning" type="submit" pending={kith.pending} pendingLabel="Raising…">
          Raise the concern
        </Button>
      </KithFormFrame>
    </section>
  );
}

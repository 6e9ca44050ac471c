import { UNMET_NEED_REASON_LABELS, UNMET_NEED_REASONS, type UnmetNeed } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormSelectField, FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import { buildUnmetNeedRequest, UNMET_NEED_FIELDS, type UnmetNeedFormValues } from './unmet-need-form-values.ts';
import { useRecordUnmetNeed } from './unmet-need-queries.ts';

const REASON_ITEMS = UNMET_NEED_REASONS.map((value) => ({ value, label: UNMET_NEED_REASON_LABELS[value] }));

interface UnmetNeedFormProps {
  personId: string;
  needOptions: readonly SelectOption[];
  initial: UnmetNeedFormValues;
  onRecorded: (need: UnmetNeed) => void;
}

/** What the need is, where, and why nothing met it. */
export function UnmetNeedForm({ personId, needOptions, initial, onRecorded }: UnmetNeedFormProps) {
  const record = useRecordUnmetNeed();
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: (values) => buildUnmetNeedRequest(personId, values),
    fieldOrder: UNMET_NEED_FIELDS,
    onSubmit: async (request) => onRecorded(await record.mutateAsync(request)),
  });
  const { control } = kith.form;

  return (
    <KithFormFrame kith={kith} linkablePaths={UNMET_NEED_FIELDS}>
      <FormSelectField
        control={control}
        name="needTermId"
        label="What is the need?"
        options={needOptions}
        placeholder="Choose the need"
      />
      <FormTextField
        control={control}
        name="area"
        label="Area"
        hint="The postcode district or neighbourhood, like BW1. Not the person's full address."
        widthClass="nhsuk-input--width-20"
      />
      <FormRadiosField control={control} name="reason" legend="Why could it not be met?" items={REASON_ITEMS} />
      <FormTextareaField
        control={control}
        name="note"
        label="Anything else (optional)"
        hint="For example, the nearest service and why it did not suit. Do not name the person."
        rows={3}
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Recording…">
        Record the unmet need
      </Button>
    </KithFormFrame>
  );
}

import type { Control } from 'react-hook-form';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import {
  FormCheckboxesField,
  FormRadiosField,
  FormSelectField,
  FormTextareaField,
  useBoundField,
} from '../../components/form/bound-fields.tsx';
import type { SelectOption } from '../../components/select-field.tsx';
import type { ReferralFormValues } from './referral-form-values.ts';
import { URGENCY_ITEMS } from './referral-labels.ts';

interface ReferralDetailsFieldsProps {
  control: Control<ReferralFormValues>;
  pcnOptions: readonly SelectOption[];
  reasons: readonly SelectOption[];
}

const CONSENT_ITEMS = [
  { value: 'toReferral', label: 'The person agrees to be referred' },
  { value: 'toDataSharing', label: 'The person agrees to their information being shared with the link worker service' },
];

/** Where the referral goes, why, how soon, and the person's consent. */
export function ReferralDetailsFields({ control, pcnOptions, reasons }: ReferralDetailsFieldsProps) {
  return (
    <>
      <h2>About the referral</h2>
      <FormSelectField
        control={control}
        name="organisationId"
        label="Primary care network"
        hint="The link worker service the person will be referred to"
        options={pcnOptions}
        placeholder="Choose a primary care network"
      />
      <FormCheckboxesField
        control={control}
        name="reasons"
        legend="Reasons for referral"
        hint="Select all that apply"
        items={reasons}
        emptyText="No referral reasons have been set up. Ask an administrator to add them."
      />
      <FormRadiosField
        control={control}
        name="urgency"
        legend="How soon should the link worker contact them?"
        items={URGENCY_ITEMS}
      />
      <FormTextareaField
        control={control}
        name="notes"
        label="Notes for the link worker (optional)"
        hint="What matters to them, and anything the link worker should know before calling"
        rows={4}
      />
      <ConsentCheckboxes control={control} />
    </>
  );
}

/** Two yes/no answers as one group of boxes; the group links (and its id) from `consent.toReferral`. */
function ConsentCheckboxes({ control }: { control: Control<ReferralFormValues> }) {
  const toReferral = useBoundField({ control, name: 'consentToReferral', issuePath: 'consent.toReferral' });
  const toDataSharing = useBoundField({ control, name: 'consentToDataSharing', issuePath: 'consent.toDataSharing' });
  const chosen = [toReferral.value === true && 'toReferral', toDataSharing.value === true && 'toDataSharing'].filter(
    (value): value is string => typeof value === 'string',
  );
  return (
    <CheckboxesField
      id={toReferral.id}
      legend="Consent"
      hint="Only refer someone who has agreed to it"
      values={chosen}
      onChange={(boxes) => {
        toReferral.onChange(boxes.includes('toReferral'));
        toDataSharing.onChange(boxes.includes('toDataSharing'));
      }}
      items={CONSENT_ITEMS}
      error={toReferral.error ?? toDataSharing.error}
    />
  );
}

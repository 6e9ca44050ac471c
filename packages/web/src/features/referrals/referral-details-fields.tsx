import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField, type SelectOption } from '../../components/select-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import type { ReferralFormValues } from './referral-form-values.ts';
import { URGENCY_ITEMS, type Urgency } from './referral-labels.ts';

interface ReferralDetailsFieldsProps {
  values: ReferralFormValues;
  onChange: (values: ReferralFormValues) => void;
  pcnOptions: readonly SelectOption[];
  reasons: readonly SelectOption[];
  issues: readonly FormIssue[];
}

const CONSENT_ITEMS = [
  { value: 'toReferral', label: 'The person agrees to be referred' },
  { value: 'toDataSharing', label: 'The person agrees to their information being shared with the link worker service' },
];

function isUrgency(value: string): value is Urgency {
  return URGENCY_ITEMS.some((item) => item.value === value);
}

/** Where the referral goes, why, how soon, and the person's consent. */
export function ReferralDetailsFields({ values, onChange, pcnOptions, reasons, issues }: ReferralDetailsFieldsProps) {
  const set = (change: Partial<ReferralFormValues>) => onChange({ ...values, ...change });
  const consent = [values.consentToReferral && 'toReferral', values.consentToDataSharing && 'toDataSharing'].filter(
    (value): value is string => typeof value === 'string',
  );

  return (
    <>
      <h2>About the referral</h2>
      <SelectField
        id="organisationId"
        label="Primary care network"
        hint="The link worker service the person will be referred to"
        value={values.organisationId}
        onChange={(organisationId) => set({ organisationId })}
        options={pcnOptions}
        placeholder="Choose a primary care network"
        error={messageFor(issues, 'organisationId')}
      />
      <CheckboxesField
        id="reasons"
        legend="Reasons for referral"
        hint="Select all that apply"
        values={values.reasons}
        onChange={(chosen) => set({ reasons: chosen })}
        items={reasons}
        emptyText="No referral reasons have been set up. Ask an administrator to add them."
        error={messageFor(issues, 'reasons')}
      />
      <RadiosField
        id="urgency"
        legend="How soon should the link worker contact them?"
        value={values.urgency}
        onChange={(urgency) => {
          if (isUrgency(urgency)) set({ urgency });
        }}
        items={URGENCY_ITEMS}
        error={messageFor(issues, 'urgency')}
      />
      <TextareaField
        id="notes"
        label="Notes for the link worker (optional)"
        hint="What matters to them, and anything the link worker should know before calling"
        value={values.notes}
        onChange={(notes) => set({ notes })}
        rows={4}
        error={messageFor(issues, 'notes')}
      />
      <CheckboxesField
        id={fieldId('consent.toReferral')}
        legend="Consent"
        hint="Only refer someone who has agreed to it"
        values={consent}
        onChange={(chosen) =>
          set({ consentToReferral: chosen.includes('toReferral'), consentToDataSharing: chosen.includes('toDataSharing') })
        }
        items={CONSENT_ITEMS}
        error={messageFor(issues, 'consent.toReferral') ?? messageFor(issues, 'consent.toDataSharing')}
      />
    </>
  );
}

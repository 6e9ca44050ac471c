import { type OnwardReferral, SHAREABLE_FIELD_LABELS, SHAREABLE_FIELDS } from '@kith/shared';
import { useState } from 'react';
import type { Control } from 'react-hook-form';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { FormCheckboxesField, FormSelectField, FormTextareaField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import {
  buildOnwardReferralRequest,
  emptyOnwardReferralForm,
  ONWARD_REFERRAL_FIELDS,
  type OnwardReferralFormValues,
} from './onward-referral-form-values.ts';
import { useCreateOnwardReferral } from './onward-referral-queries.ts';

interface OnwardReferralFormProps {
  personId: string;
  personName: string;
  serviceId: string;
  providerName: string;
  /** The person's open referrals; no episode choice is offered when there are none. */
  episodes: readonly SelectOption[];
  onSent: (referral: OnwardReferral) => void;
}

const SHARE_ITEMS = SHAREABLE_FIELDS.map((field) => ({ value: field, label: SHAREABLE_FIELD_LABELS[field] }));

/**
 * What to share, a note and the person's consent. One Idempotency-Key for the life of the form:
 * a double click or a retry after a lost answer is the same referral.
 */
export function OnwardReferralForm(props: OnwardReferralFormProps) {
  const { personId, personName, serviceId, providerName, episodes, onSent } = props;
  const [idempotencyKey] = useState(() => newUuid());
  const create = useCreateOnwardReferral(personId, idempotencyKey);
  // With one open episode, that is almost always the one; the user can still choose none.
  const [initial] = useState(() => emptyOnwardReferralForm(episodes.length === 1 ? (episodes[0]?.value ?? '') : ''));
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: (values) => buildOnwardReferralRequest(serviceId, values),
    fieldOrder: ONWARD_REFERRAL_FIELDS,
    onSubmit: async (request) => onSent(await create.mutateAsync(request)),
  });
  const { control } = kith.form;

  return (
    <KithFormFrame kith={kith} linkablePaths={episodes.length > 0 ? ONWARD_REFERRAL_FIELDS : ONWARD_REFERRAL_FIELDS.slice(1)}>
      {episodes.length > 0 ? (
        <FormSelectField
          control={control}
          name="referralId"
          label="Which referral is this part of?"
          hint="The onward referral shows in that referral's record. Choose none if it is not part of one."
          options={episodes}
          placeholder="None"
        />
      ) : null}
      <FormCheckboxesField
        control={control}
        name="sharedFields"
        legend={`What to share with ${providerName}`}
        hint="Share only what the service needs to contact and support them. Agree this with the person."
        items={SHARE_ITEMS}
      />
      <FormTextareaField
        control={control}
        name="note"
        label={`Note to ${providerName} (optional)`}
        hint="Always shared. For example, the best time to call, or what the person hopes to get from the service."
        rows={4}
      />
      <ConsentField control={control} personName={personName} />
      <Button type="submit" pending={kith.pending} pendingLabel="Sending…">
        Send referral
      </Button>
    </KithFormFrame>
  );
}

/** One box the person's agreement is recorded with; the form keeps it as true or false. */
function ConsentField({ control, personName }: { control: Control<OnwardReferralFormValues>; personName: string }) {
  const consent = useBoundField({ control, name: 'consentGiven' });
  return (
    <CheckboxesField
      id={consent.id}
      legend="Consent"
      values={consent.value ? ['yes'] : []}
      onChange={(checked) => consent.onChange(checked.includes('yes'))}
      items={[{ value: 'yes', label: `${personName} agrees to this referral and to sharing the details ticked above` }]}
      error={consent.error}
    />
  );
}

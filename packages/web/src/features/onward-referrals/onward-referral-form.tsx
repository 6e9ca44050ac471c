import { type OnwardReferral, SHAREABLE_FIELD_LABELS, SHAREABLE_FIELDS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, type SelectOption } from '../../components/select-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { buildOnwardReferralRequest, emptyOnwardReferralForm, ONWARD_REFERRAL_FIELDS } from './onward-referral-form-values.ts';
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
  const [values, setValues] = useState(() => emptyOnwardReferralForm(episodes.length === 1 ? (episodes[0]?.value ?? '') : ''));
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const checked = buildOnwardReferralRequest(serviceId, values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    create.mutate(checked.data, {
      onSuccess: onSent,
      onError: (error) => setIssues(orderIssues(issuesFromError(error), ONWARD_REFERRAL_FIELDS)),
    });
  };

  return (
    <>
      <ErrorSummary
        issues={issues}
        linkablePaths={episodes.length > 0 ? ONWARD_REFERRAL_FIELDS : ONWARD_REFERRAL_FIELDS.slice(1)}
      />
      <form onSubmit={submit} noValidate>
        {episodes.length > 0 ? (
          <SelectField
            id="referralId"
            label="Which referral is this part of?"
            hint="The onward referral shows in that referral's record. Choose none if it is not part of one."
            value={values.referralId}
            onChange={(referralId) => setValues({ ...values, referralId })}
            options={episodes}
            placeholder="None"
            error={messageFor(issues, 'referralId')}
          />
        ) : null}
        <CheckboxesField
          id="sharedFields"
          legend={`What to share with ${providerName}`}
          hint="Share only what the service needs to contact and support them. Agree this with the person."
          values={values.sharedFields}
          onChange={(sharedFields) => setValues({ ...values, sharedFields })}
          items={SHARE_ITEMS}
          error={messageFor(issues, 'sharedFields')}
        />
        <TextareaField
          id="note"
          label={`Note to ${providerName} (optional)`}
          hint="Always shared. For example, the best time to call, or what the person hopes to get from the service."
          value={values.note}
          onChange={(note) => setValues({ ...values, note })}
          rows={4}
          error={messageFor(issues, 'note')}
        />
        <CheckboxesField
          id="consentGiven"
          legend="Consent"
          values={values.consentGiven ? ['yes'] : []}
          onChange={(checked) => setValues({ ...values, consentGiven: checked.includes('yes') })}
          items={[{ value: 'yes', label: `${personName} agrees to this referral and to sharing the details ticked above` }]}
          error={messageFor(issues, 'consentGiven')}
        />
        <Button type="submit" pending={create.isPending} pendingLabel="Sending…">
          Send referral
        </Button>
      </form>
    </>
  );
}

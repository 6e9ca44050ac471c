import { NHS_NUMBER_EXAMPLE, type PublicGpPractice, type PublicReferralReason } from '@kith/shared';
import type { Control } from 'react-hook-form';
import { Button } from '../../components/button.tsx';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import {
  FormCheckboxesField,
  FormDateInputField,
  FormRadiosField,
  FormSelectField,
  FormTextField,
  useBoundField,
} from '../../components/form/bound-fields.tsx';
import { HoneypotField } from '../../components/honeypot-field.tsx';
import type { SelfReferralValues } from './self-referral-values.ts';

type SelfReferralControl = Control<SelfReferralValues>;

interface SelfReferralFieldsProps {
  control: SelfReferralControl;
  practices: readonly PublicGpPractice[];
  reasons: readonly PublicReferralReason[];
  sending: boolean;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The self-referral questions; ids follow the API paths so error summary links land on them. */
export function SelfReferralFields({ control, practices, reasons, sending }: SelfReferralFieldsProps) {
  return (
    <>
      <FormSelectField
        control={control}
        name="gpPracticeId"
        label="Your GP practice"
        hint="The surgery you are registered with. We will send your referral to the link workers who work with it."
        placeholder="Choose your GP practice"
        options={practices.map((practice) => ({ value: practice.id, label: practice.name }))}
      />

      <h2>About you</h2>
      <FormTextField
        control={control}
        name="givenName"
        issuePath="person.givenName"
        label="First name"
        autoComplete="given-name"
        spellCheck={false}
      />
      <FormTextField
        control={control}
        name="familyName"
        issuePath="person.familyName"
        label="Last name"
        autoComplete="family-name"
        spellCheck={false}
      />
      <FormDateInputField
        control={control}
        name="dateOfBirth"
        issuePath="person.dateOfBirth"
        legend="Date of birth"
        hint="For example, 15 3 1984"
        autoComplete="bday"
      />
      <FormTextField
        control={control}
        name="postcode"
        issuePath="person.postcode"
        label="Postcode"
        autoComplete="postal-code"
        widthClass="nhsuk-input--width-10"
      />

      <h2>How can we contact you?</h2>
      <p className="nhsuk-body">Give us a phone number, an email address or both.</p>
      <FormTextField
        control={control}
        name="phone"
        issuePath="person.phone"
        label="Phone number (optional if you give an email address)"
        type="tel"
        autoComplete="tel"
        widthClass="nhsuk-input--width-20"
      />
      <FormTextField
        control={control}
        name="email"
        issuePath="person.email"
        label="Email address (optional if you give a phone number)"
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <FormTextField
        control={control}
        name="nhsNumber"
        issuePath="person.nhsNumber"
        label="NHS number (optional)"
        hint={`A 10 digit number, like ${NHS_NUMBER_EXAMPLE}. You can find it on a letter from the NHS or in the NHS App.`}
        inputMode="numeric"
        widthClass="nhsuk-input--width-10"
      />

      <h2>What would you like help with?</h2>
      <FormCheckboxesField
        control={control}
        name="reasons"
        legend="Choose all that apply"
        items={reasons.map((reason) => ({ value: reason.code, label: reason.label }))}
      />
      <HelpWantedField control={control} />

      <h2>Your agreement</h2>
      <ConsentToReferralField control={control} />
      <FormRadiosField
        control={control}
        name="consentToDataSharing"
        issuePath="consent.toDataSharing"
        legend="Can the team share your details with the groups and services that could help you?"
        hint="They will always ask you before they refer you to someone."
        items={YES_NO}
      />

      <Honeypot control={control} />

      <Button type="submit" pending={sending} pendingLabel="Sending…">
        Send referral
      </Button>
    </>
  );
}

function HelpWantedField({ control }: { control: SelfReferralControl }) {
  const field = useBoundField({ control, name: 'helpWanted' });
  return (
    <div className={formGroupClass(field.error)}>
      <label className="nhsuk-label" htmlFor={field.id}>
        Tell us a bit more (optional)
      </label>
      <div className="nhsuk-hint" id="helpWanted-hint">
        For example, what you would like to change, or what matters to you.
      </div>
      <FieldErrorMessage id="helpWanted-error" message={field.error} />
      <textarea
        className={field.error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
        id={field.id}
        name="helpWanted"
        rows={5}
        value={String(field.value)}
        onChange={(event) => field.onChange(event.target.value)}
        aria-describedby={describedBy('helpWanted-hint', field.error && 'helpWanted-error')}
        aria-invalid={field.error ? true : undefined}
      />
    </div>
  );
}

/** One box, so a fieldset of its own rather than a checkbox group. */
function ConsentToReferralField({ control }: { control: SelfReferralControl }) {
  const field = useBoundField({ control, name: 'consentToReferral', issuePath: 'consent.toReferral' });
  return (
    <div className={formGroupClass(field.error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(field.error && 'consent-toReferral-error')}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Agreeing to be referred</legend>
        <FieldErrorMessage id="consent-toReferral-error" message={field.error} />
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id={field.id}
              name="consent-toReferral"
              type="checkbox"
              checked={field.value === true}
              onChange={(event) => field.onChange(event.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={field.id}>
              I agree to be referred to the social prescribing service and for them to keep these details
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

function Honeypot({ control }: { control: SelfReferralControl }) {
  const field = useBoundField({ control, name: 'website' });
  return <HoneypotField id={field.id} value={String(field.value)} onChange={field.onChange} />;
}

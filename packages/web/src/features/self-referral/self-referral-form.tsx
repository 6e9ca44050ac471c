import { NHS_NUMBER_EXAMPLE, type PublicGpPractice, type PublicReferralReason } from '@kith/shared';
import type { FormEvent } from 'react';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { HoneypotField } from '../../components/honeypot-field.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { SelfReferralValues } from './self-referral-values.ts';

interface SelfReferralFormProps {
  values: SelfReferralValues;
  onChange: (changes: Partial<SelfReferralValues>) => void;
  practices: readonly PublicGpPractice[];
  reasons: readonly PublicReferralReason[];
  /** The message to show beside a field, by its API path. */
  error: (path: string) => string | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  sending: boolean;
}

/** The self-referral questions; ids follow the API paths so error summary links land on them. */
export function SelfReferralForm({ values, onChange, practices, reasons, error, onSubmit, sending }: SelfReferralFormProps) {
  const helpError = error('helpWanted');
  const consentError = error('consent.toReferral');

  return (
    <form onSubmit={onSubmit} noValidate>
      <SelectField
        id="gpPracticeId"
        label="Your GP practice"
        hint="The surgery you are registered with. We will send your referral to the link workers who work with it."
        placeholder="Choose your GP practice"
        value={values.gpPracticeId}
        onChange={(gpPracticeId) => onChange({ gpPracticeId })}
        options={practices.map((practice) => ({ value: practice.id, label: practice.name }))}
        error={error('gpPracticeId')}
      />

      <h2>About you</h2>
      <TextField
        id="person-givenName"
        label="First name"
        autoComplete="given-name"
        spellCheck={false}
        value={values.givenName}
        onChange={(givenName) => onChange({ givenName })}
        error={error('person.givenName')}
      />
      <TextField
        id="person-familyName"
        label="Last name"
        autoComplete="family-name"
        spellCheck={false}
        value={values.familyName}
        onChange={(familyName) => onChange({ familyName })}
        error={error('person.familyName')}
      />
      <DateInputField
        id="person-dateOfBirth"
        legend="Date of birth"
        hint="For example, 15 3 1984"
        autoComplete="bday"
        value={{ day: values.dobDay, month: values.dobMonth, year: values.dobYear }}
        onChange={({ day, month, year }) => onChange({ dobDay: day, dobMonth: month, dobYear: year })}
        error={error('person.dateOfBirth')}
      />
      <TextField
        id="person-postcode"
        label="Postcode"
        autoComplete="postal-code"
        widthClass="nhsuk-input--width-10"
        value={values.postcode}
        onChange={(postcode) => onChange({ postcode })}
        error={error('person.postcode')}
      />

      <h2>How can we contact you?</h2>
      <p className="nhsuk-body">Give us a phone number, an email address or both.</p>
      <TextField
        id="person-phone"
        label="Phone number (optional if you give an email address)"
        type="tel"
        autoComplete="tel"
        widthClass="nhsuk-input--width-20"
        value={values.phone}
        onChange={(phone) => onChange({ phone })}
        error={error('person.phone')}
      />
      <TextField
        id="person-email"
        label="Email address (optional if you give a phone number)"
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={values.email}
        onChange={(email) => onChange({ email })}
        error={error('person.email')}
      />
      <TextField
        id="person-nhsNumber"
        label="NHS number (optional)"
        hint={`A 10 digit number, like ${NHS_NUMBER_EXAMPLE}. You can find it on a letter from the NHS or in the NHS App.`}
        inputMode="numeric"
        widthClass="nhsuk-input--width-10"
        value={values.nhsNumber}
        onChange={(nhsNumber) => onChange({ nhsNumber })}
        error={error('person.nhsNumber')}
      />

      <h2>What would you like help with?</h2>
      <CheckboxesField
        id="reasons"
        legend="Choose all that apply"
        values={values.reasons}
        onChange={(chosen) => onChange({ reasons: chosen })}
        items={reasons.map((reason) => ({ value: reason.code, label: reason.label }))}
        error={error('reasons')}
      />
      <div className={formGroupClass(helpError)}>
        <label className="nhsuk-label" htmlFor="helpWanted">
          Tell us a bit more (optional)
        </label>
        <div className="nhsuk-hint" id="helpWanted-hint">
          For example, what you would like to change, or what matters to you.
        </div>
        <FieldErrorMessage id="helpWanted-error" message={helpError} />
        <textarea
          className={helpError ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
          id="helpWanted"
          name="helpWanted"
          rows={5}
          value={values.helpWanted}
          onChange={(event) => onChange({ helpWanted: event.target.value })}
          aria-describedby={describedBy('helpWanted-hint', helpError && 'helpWanted-error')}
          aria-invalid={helpError ? true : undefined}
        />
      </div>

      <h2>Your agreement</h2>
      <div className={formGroupClass(consentError)}>
        <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(consentError && 'consent-toReferral-error')}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Agreeing to be referred</legend>
          <FieldErrorMessage id="consent-toReferral-error" message={consentError} />
          <div className="nhsuk-checkboxes">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="consent-toReferral"
                name="consent-toReferral"
                type="checkbox"
                checked={values.consentToReferral}
                onChange={(event) => onChange({ consentToReferral: event.target.checked })}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="consent-toReferral">
                I agree to be referred to the social prescribing service and for them to keep these details
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      <RadiosField
        id="consent-toDataSharing"
        legend="Can the team share your details with the groups and services that could help you?"
        hint="They will always ask you before they refer you to someone."
        value={values.consentToDataSharing}
        onChange={(answer) => onChange({ consentToDataSharing: answer === 'yes' ? 'yes' : answer === 'no' ? 'no' : '' })}
        items={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        error={error('consent.toDataSharing')}
      />

      <HoneypotField id="website" value={values.website} onChange={(website) => onChange({ website })} />

      <Button type="submit" pending={sending} pendingLabel="Sending…">
        Send referral
      </Button>
    </form>
  );
}

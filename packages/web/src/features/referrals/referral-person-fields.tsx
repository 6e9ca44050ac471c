import { NHS_NUMBER_EXAMPLE } from '@kith/shared';
import type { Control } from 'react-hook-form';
import { FormDateInputField, FormTextField } from '../../components/form/bound-fields.tsx';
import type { ReferralFormValues } from './referral-form-values.ts';

/** The person being referred: name, date of birth, NHS number (optional), postcode and phone. */
export function ReferralPersonFields({ control }: { control: Control<ReferralFormValues> }) {
  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Who are you referring?</h2>
      </legend>
      <FormTextField
        control={control}
        name="person.givenName"
        label="First name"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-20"
      />
      <FormTextField
        control={control}
        name="person.familyName"
        label="Last name"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-20"
      />
      <FormDateInputField control={control} name="person.dateOfBirth" legend="Date of birth" hint="For example, 15 3 1984" />
      <FormTextField
        control={control}
        name="person.nhsNumber"
        label="NHS number (optional)"
        hint={`10 digits, like ${NHS_NUMBER_EXAMPLE}. Leave blank if you do not know it.`}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
      />
      <FormTextField
        control={control}
        name="person.postcode"
        label="Postcode"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
      />
      <FormTextField
        control={control}
        name="person.phone"
        label="Phone number"
        hint="The link worker will call this number"
        type="tel"
        autoComplete="off"
        widthClass="nhsuk-input--width-20"
      />
    </fieldset>
  );
}

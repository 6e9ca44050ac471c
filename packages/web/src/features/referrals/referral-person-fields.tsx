import { NHS_NUMBER_EXAMPLE } from '@kith/shared';
import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { DateInputField } from '../../components/date-input-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { PersonFormValues } from './referral-form-values.ts';

interface ReferralPersonFieldsProps {
  person: PersonFormValues;
  onChange: (person: PersonFormValues) => void;
  issues: readonly FormIssue[];
}

/** The person being referred: name, date of birth, NHS number (optional), postcode and phone. */
export function ReferralPersonFields({ person, onChange, issues }: ReferralPersonFieldsProps) {
  const set = (change: Partial<PersonFormValues>) => onChange({ ...person, ...change });
  const error = (field: keyof PersonFormValues) => messageFor(issues, `person.${field}`);
  const id = (field: keyof PersonFormValues) => fieldId(`person.${field}`);

  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Who are you referring?</h2>
      </legend>
      <TextField
        id={id('givenName')}
        label="First name"
        value={person.givenName}
        onChange={(givenName) => set({ givenName })}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-20"
        error={error('givenName')}
      />
      <TextField
        id={id('familyName')}
        label="Last name"
        value={person.familyName}
        onChange={(familyName) => set({ familyName })}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-20"
        error={error('familyName')}
      />
      <DateInputField
        id={id('dateOfBirth')}
        legend="Date of birth"
        hint="For example, 15 3 1984"
        value={person.dateOfBirth}
        onChange={(dateOfBirth) => set({ dateOfBirth })}
        error={error('dateOfBirth')}
      />
      <TextField
        id={id('nhsNumber')}
        label="NHS number (optional)"
        hint={`10 digits, like ${NHS_NUMBER_EXAMPLE}. Leave blank if you do not know it.`}
        value={person.nhsNumber}
        onChange={(nhsNumber) => set({ nhsNumber })}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        error={error('nhsNumber')}
      />
      <TextField
        id={id('postcode')}
        label="Postcode"
        value={person.postcode}
        onChange={(postcode) => set({ postcode })}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        error={error('postcode')}
      />
      <TextField
        id={id('phone')}
        label="Phone number"
        hint="The link worker will call this number"
        type="tel"
        value={person.phone}
        onChange={(phone) => set({ phone })}
        autoComplete="off"
        widthClass="nhsuk-input--width-20"
        error={error('phone')}
      />
    </fieldset>
  );
}

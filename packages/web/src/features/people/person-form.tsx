import { NHS_NUMBER_EXAMPLE, type Person } from '@kith/shared';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { issuesFromError } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import {
  FormCheckboxesField,
  FormDateInputField,
  FormRadiosField,
  FormSelectField,
  FormTextField,
} from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { StaleVersionWarning } from '../../components/form/stale-version-warning.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { useUpdatePerson } from './people-queries.ts';
import { ACCESSIBLE_FORMAT_ITEMS, CONTACT_METHOD_ITEMS, ETHNIC_CATEGORY_GROUPS, SEX_ITEMS } from './person-labels.ts';
import { buildPersonRequest, PERSON_FIELD_ORDER, personToForm } from './person-values.ts';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const PREFERRED_CHANNEL_ITEMS = [...CONTACT_METHOD_ITEMS, { value: '', label: 'No preference' }];
const CONFIRM_ITEMS = [{ value: 'yes', label: 'I have checked: this is a different person from the other record' }];

interface PersonFormProps {
  person: Person;
  intro: ReactNode;
  onSaved: () => void;
  /** Fetches the latest record; the page then starts the form again from it. */
  onReload: () => void;
  reloading: boolean;
}

/**
 * Every editable detail of the person, in four sections. Saving sends the version the form
 * started from: if someone else saved in between, the server refuses (409), the edits stay in the
 * form and the user is told plainly. An NHS number or a likely duplicate the server refuses is
 * shown beside its field.
 */
export function PersonForm({ person, intro, onSaved, onReload, reloading }: PersonFormProps) {
  const update = useUpdatePerson(person.id);
  const [initial] = useState(() => personToForm(person));
  const [stale, setStale] = useState(false);
  const [askConfirmation, setAskConfirmation] = useState(false);
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: (values) => buildPersonRequest(values, person.version),
    fieldOrder: PERSON_FIELD_ORDER,
    onSubmit: async (request) => {
      setStale(false);
      try {
        await update.mutateAsync(request);
        onSaved();
      } catch (error) {
        const conflict = isApiError(error, 'conflict') ? error : null;
        setStale(conflict !== null && conflict.issues.length === 0);
        if (conflict?.issues.some((issue) => issue.path === 'confirmNotDuplicate')) setAskConfirmation(true);
        throw error;
      }
    },
    // A refused NHS number or a likely duplicate names its field; a stale edit is about the whole form.
    issuesFor: (error) => (isApiError(error, 'conflict') && error.issues.length > 0 ? error.issues : issuesFromError(error)),
  });
  useUnsavedChangesWarning(kith.dirty);
  const { control } = kith.form;

  return (
    <KithFormFrame
      kith={kith}
      intro={
        <>
          {intro}
          {stale ? (
            <StaleVersionWarning subject="this record" latest="the latest details" onReload={onReload} reloading={reloading} />
          ) : null}
        </>
      }
    >
      <Section title="Name and identity">
        <FormTextField
          control={control}
          name="givenName"
          label="First name"
          autoComplete="off"
          spellCheck={false}
          widthClass="nhsuk-input--width-20"
        />
        <FormTextField
          control={control}
          name="familyName"
          label="Last name"
          autoComplete="off"
          spellCheck={false}
          widthClass="nhsuk-input--width-20"
        />
        <FormDateInputField control={control} name="dateOfBirth" legend="Date of birth" hint="For example, 15 3 1984" />
        <FormTextField
          control={control}
          name="nhsNumber"
          label="NHS number (optional)"
          hint={`10 digits, like ${NHS_NUMBER_EXAMPLE}. A number already on another record is refused, so records are never merged by mistake.`}
          autoComplete="off"
          spellCheck={false}
          widthClass="nhsuk-input--width-10"
        />
      </Section>

      <Section title="Contact details">
        <FormTextField control={control} name="addressLine1" label="Address line 1" autoComplete="off" />
        <FormTextField control={control} name="addressLine2" label="Address line 2 (optional)" autoComplete="off" />
        <FormTextField control={control} name="town" label="Town or city" autoComplete="off" widthClass="nhsuk-input--width-20" />
        <FormTextField
          control={control}
          name="postcode"
          label="Postcode"
          autoComplete="off"
          spellCheck={false}
          widthClass="nhsuk-input--width-10"
        />
        <FormTextField
          control={control}
          name="phone"
          label="Phone number"
          hint="A UK number, like 07700 900123 or 0113 496 0000"
          type="tel"
          autoComplete="off"
          widthClass="nhsuk-input--width-20"
        />
        <FormTextField control={control} name="email" label="Email address" type="email" autoComplete="off" spellCheck={false} />
      </Section>

      <Section title="How they want to be contacted">
        <FormRadiosField
          control={control}
          name="preferredContactMethod"
          legend="Preferred way to be contacted"
          items={PREFERRED_CHANNEL_ITEMS}
        />
        <FormTextField
          control={control}
          name="preferredContactTimes"
          label="Best times to contact them (optional)"
          hint="In their words, for example weekday mornings, not after 6pm"
        />
        <FormRadiosField
          control={control}
          name="contactConsent"
          legend="Have they agreed to be contacted by text message, email or letter?"
          hint="Kith sends them nothing without their agreement. Changing this records when it was given or withdrawn."
          items={YES_NO}
        />
      </Section>

      <Section title="Communication needs">
        <FormRadiosField control={control} name="interpreterNeeded" legend="Do they need an interpreter?" items={YES_NO} />
        <FormTextField
          control={control}
          name="language"
          label="Preferred language (optional)"
          hint="For example Polish, or British Sign Language"
          widthClass="nhsuk-input--width-20"
        />
        <FormCheckboxesField
          control={control}
          name="accessibleFormats"
          legend="Accessible formats they need (optional)"
          hint="Select all that apply"
          items={ACCESSIBLE_FORMAT_ITEMS}
        />
      </Section>

      <Section title="About them">
        <FormRadiosField control={control} name="sex" legend="Sex" items={[...SEX_ITEMS, { value: '', label: 'Not recorded' }]} />
        <FormTextField
          control={control}
          name="genderIdentity"
          label="Gender identity (optional)"
          hint="Only if they want it recorded, in their own words"
          widthClass="nhsuk-input--width-20"
        />
        <FormSelectField
          control={control}
          name="ethnicCategory"
          label="Ethnicity"
          hint="As they describe it, from the NHS ethnic categories"
          options={ETHNIC_CATEGORY_GROUPS}
          placeholder="Not recorded"
        />
      </Section>

      {askConfirmation ? (
        <FormCheckboxesField
          control={control}
          name="confirmNotDuplicate"
          legend="Is this a different person?"
          items={CONFIRM_ITEMS}
        />
      ) : null}
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        Save details
      </Button>
    </KithFormFrame>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{title}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

import {
  CAPACITY_STATUS_LABELS,
  CAPACITY_STATUSES,
  type DirectoryOrganisation,
  FUNDING_STATUS_LABELS,
  FUNDING_STATUSES,
  ORUK_SERVICE_STATUSES,
  REFERRAL_ROUTE_LABELS,
  REFERRAL_ROUTES,
  type ServiceDetail,
  type TaxonomyTerm,
} from '@kith/shared';
import { useEffect, useState } from 'react';
import { Button } from '../../components/button.tsx';
import {
  FormDateInputField,
  FormRadiosField,
  FormSelectField,
  FormTextareaField,
  FormTextField,
} from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSaveService } from './directory-mutations.ts';
import { ServiceContactsField, ServiceCostsField } from './service-contact-cost-fields.tsx';
import { ORUK_STATUS_LABELS } from './service-detail-rows.tsx';
import {
  buildServiceInput,
  type ServiceFormValues,
  serviceFieldOrder,
  serviceIssuesFromError,
  withoutBlankRows,
} from './service-form-values.ts';
import { ServiceLocationsField } from './service-locations-field.tsx';
import { FormTermCheckboxes } from './term-checkboxes.tsx';

interface ServiceFormProps {
  /** The service being edited; absent when adding one. */
  serviceId?: string | undefined;
  initial: ServiceFormValues;
  organisations: readonly DirectoryOrganisation[];
  terms: readonly TaxonomyTerm[];
  submitLabel: string;
  onSaved: (service: ServiceDetail) => void;
}

const REFERRAL_ROUTE_ITEMS = REFERRAL_ROUTES.map((route) => ({
  value: route,
  label: REFERRAL_ROUTE_LABELS[route],
  hint: {
    signpost: 'Link workers tell people about it; people get in touch themselves.',
    self_referral: "People refer themselves with the service's own form or phone number.",
    kith_referral: 'Link workers send a referral through Kith and hear back what happened.',
  }[route],
}));

/**
 * Adding or editing a directory service, for administrators and for providers curating their own.
 * Checked with the shared schema before sending; the server's problems are shown by field path
 * (`locations.0.postcode`) beside the field and in the error summary.
 */
export function ServiceForm({ serviceId, initial, organisations, terms, submitLabel, onSaved }: ServiceFormProps) {
  const save = useSaveService(serviceId);
  const kith = useKithForm({
    defaultValues: initial,
    // Contacts and costs left empty go before checking, so the rows the schema and the server number are the rows on screen.
    prepare: withoutBlankRows,
    toRequest: buildServiceInput,
    // The error summary follows the rows on screen.
    fieldOrder: serviceFieldOrder,
    issuesFor: serviceIssuesFromError,
    onSubmit: async (input) => onSaved(await save.mutateAsync(input)),
  });
  const { control } = kith.form;
  const { values } = kith;
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  return (
    <KithFormFrame kith={kith} linkablePaths={serviceFieldOrder(values)}>
      <h2>About the service</h2>
      <FormSelectField
        control={control}
        name="organisationId"
        label="Organisation that runs it"
        options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        placeholder="Choose an organisation"
      />
      <FormTextField control={control} name="name" label="Service name" autoComplete="off" />
      <FormTextareaField
        control={control}
        name="description"
        label="Description"
        hint="What happens there and who it suits, in plain words"
      />
      <FormTextField
        control={control}
        name="url"
        label="Website (optional)"
        hint="Starting https://"
        type="url"
        spellCheck={false}
      />
      <FormTextField
        control={control}
        name="email"
        label="Email address (optional)"
        type="email"
        spellCheck={false}
        autoComplete="off"
      />
      <FormSelectField
        control={control}
        name="status"
        label="Service status"
        options={ORUK_SERVICE_STATUSES.map((status) => ({ value: status, label: ORUK_STATUS_LABELS[status] }))}
      />

      <h2>Capacity and referrals</h2>
      <FormRadiosField
        control={control}
        name="capacityStatus"
        legend="Can it take people now?"
        items={CAPACITY_STATUSES.map((status) => ({ value: status, label: CAPACITY_STATUS_LABELS[status] }))}
      />
      <FormTextField
        control={control}
        name="typicalWaitDays"
        label="Typical wait in days (optional)"
        hint="For example, 42 for 6 weeks"
        inputMode="numeric"
        widthClass="nhsuk-input--width-4"
      />
      <FormRadiosField control={control} name="referralRoute" legend="How do people get to it?" items={REFERRAL_ROUTE_ITEMS} />
      <FormSelectField
        control={control}
        name="fundingStatus"
        label="Funding"
        options={FUNDING_STATUSES.map((status) => ({ value: status, label: FUNDING_STATUS_LABELS[status] }))}
      />
      <FormDateInputField control={control} name="fundedUntil" legend="Funded until (optional)" hint="For example, 31 3 2027" />

      <h2>Who it is for</h2>
      <FormTermCheckboxes
        control={control}
        name="termIds"
        legend="Needs it helps with"
        hint="Search by a broad need also finds services tagged with the needs beneath it."
        terms={terms}
      />
      <div className="kith-inline-fields">
        <FormTextField
          control={control}
          name="minimumAge"
          label="Minimum age (optional)"
          inputMode="numeric"
          widthClass="nhsuk-input--width-3"
        />
        <FormTextField
          control={control}
          name="maximumAge"
          label="Maximum age (optional)"
          inputMode="numeric"
          widthClass="nhsuk-input--width-3"
        />
      </div>
      <FormTextField control={control} name="fees" label="About fees (optional)" hint="For example, pay what you can" />
      <FormTextField
        control={control}
        name="languages"
        label="Languages (optional)"
        hint="Separate with commas, like English, Polish, British Sign Language"
      />
      <FormTextField
        control={control}
        name="serviceAreas"
        label="Areas served (optional)"
        hint="Separate with commas, like Brightwater, Riverside"
      />

      <ServiceLocationsField
        control={control}
        locations={values.locations}
        onChange={(locations) => kith.set({ locations })}
        focusLater={setPendingFocus}
      />
      <ServiceContactsField
        control={control}
        rows={values.contacts}
        onChange={(contacts) => kith.set({ contacts })}
        focusLater={setPendingFocus}
      />
      <ServiceCostsField
        control={control}
        rows={values.costOptions}
        onChange={(costOptions) => kith.set({ costOptions })}
        focusLater={setPendingFocus}
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {submitLabel}
      </Button>
    </KithFormFrame>
  );
}

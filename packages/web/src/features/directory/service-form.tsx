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
import { type FormEvent, useEffect, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useSaveService } from './directory-mutations.ts';
import { ServiceContactsField, ServiceCostsField } from './service-contact-cost-fields.tsx';
import { ORUK_STATUS_LABELS } from './service-detail-rows.tsx';
import {
  buildServiceInput,
  normaliseIssuePath,
  type ServiceFormValues,
  serviceFieldOrder,
  withoutBlankRows,
} from './service-form-values.ts';
import { ServiceLocationsField } from './service-locations-field.tsx';
import { TermCheckboxes } from './term-checkboxes.tsx';

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
  const [values, setValues] = useState<ServiceFormValues>(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const set = (change: Partial<ServiceFormValues>) => setValues({ ...values, ...change });

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const compact = withoutBlankRows(values);
    setValues(compact);
    const checked = buildServiceInput(compact);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => setIssues(issuesFromError(error).map(normaliseIssuePath)),
    });
  };

  const error = (path: string) => messageFor(issues, path);
  const text = (
    field: 'name' | 'url' | 'email' | 'fees' | 'minimumAge' | 'maximumAge' | 'typicalWaitDays' | 'languages' | 'serviceAreas',
  ) => ({
    id: field,
    value: values[field],
    onChange: (value: string) => set({ [field]: value }),
    error: error(field),
  });

  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={serviceFieldOrder(values)} />
      <form onSubmit={submit} noValidate>
        <h2>About the service</h2>
        <SelectField
          id="organisationId"
          label="Organisation that runs it"
          value={values.organisationId}
          onChange={(organisationId) => set({ organisationId })}
          options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          placeholder="Choose an organisation"
          error={error('organisationId')}
        />
        <TextField label="Service name" autoComplete="off" {...text('name')} />
        <TextareaField
          id="description"
          label="Description"
          hint="What happens there and who it suits, in plain words"
          value={values.description}
          onChange={(description) => set({ description })}
          error={error('description')}
        />
        <TextField label="Website (optional)" hint="Starting https://" type="url" spellCheck={false} {...text('url')} />
        <TextField label="Email address (optional)" type="email" spellCheck={false} autoComplete="off" {...text('email')} />
        <SelectField
          id="status"
          label="Service status"
          value={values.status}
          onChange={(status) => set({ status: ORUK_SERVICE_STATUSES.find((candidate) => candidate === status) ?? 'active' })}
          options={ORUK_SERVICE_STATUSES.map((status) => ({ value: status, label: ORUK_STATUS_LABELS[status] }))}
          error={error('status')}
        />

        <h2>Capacity and referrals</h2>
        <RadiosField
          id="capacityStatus"
          legend="Can it take people now?"
          value={values.capacityStatus}
          onChange={(status) => set({ capacityStatus: CAPACITY_STATUSES.find((candidate) => candidate === status) ?? 'open' })}
          items={CAPACITY_STATUSES.map((status) => ({ value: status, label: CAPACITY_STATUS_LABELS[status] }))}
          error={error('capacityStatus')}
        />
        <TextField
          label="Typical wait in days (optional)"
          hint="For example, 42 for 6 weeks"
          inputMode="numeric"
          widthClass="nhsuk-input--width-4"
          {...text('typicalWaitDays')}
        />
        <RadiosField
          id="referralRoute"
          legend="How do people get to it?"
          value={values.referralRoute}
          onChange={(route) => set({ referralRoute: REFERRAL_ROUTES.find((candidate) => candidate === route) ?? 'signpost' })}
          items={REFERRAL_ROUTE_ITEMS}
          error={error('referralRoute')}
        />
        <SelectField
          id="fundingStatus"
          label="Funding"
          value={values.fundingStatus}
          onChange={(status) => set({ fundingStatus: FUNDING_STATUSES.find((candidate) => candidate === status) ?? 'unknown' })}
          options={FUNDING_STATUSES.map((status) => ({ value: status, label: FUNDING_STATUS_LABELS[status] }))}
          error={error('fundingStatus')}
        />
        <DateInputField
          id="fundedUntil"
          legend="Funded until (optional)"
          hint="For example, 31 3 2027"
          value={values.fundedUntil}
          onChange={(fundedUntil) => set({ fundedUntil })}
          error={error('fundedUntil')}
        />

        <h2>Who it is for</h2>
        <TermCheckboxes
          id="termIds"
          legend="Needs it helps with"
          hint="Search by a broad need also finds services tagged with the needs beneath it."
          terms={terms}
          values={values.termIds}
          onChange={(termIds) => set({ termIds })}
          error={error('termIds')}
        />
        <div className="kith-inline-fields">
          <TextField
            label="Minimum age (optional)"
            inputMode="numeric"
            widthClass="nhsuk-input--width-3"
            {...text('minimumAge')}
          />
          <TextField
            label="Maximum age (optional)"
            inputMode="numeric"
            widthClass="nhsuk-input--width-3"
            {...text('maximumAge')}
          />
        </div>
        <TextField label="About fees (optional)" hint="For example, pay what you can" {...text('fees')} />
        <TextField
          label="Languages (optional)"
          hint="Separate with commas, like English, Polish, British Sign Language"
          {...text('languages')}
        />
        <TextField
          label="Areas served (optional)"
          hint="Separate with commas, like Brightwater, Riverside"
          {...text('serviceAreas')}
        />

        <ServiceLocationsField
          locations={values.locations}
          onChange={(locations) => set({ locations })}
          issues={issues}
          focusLater={setPendingFocus}
        />
        <ServiceContactsField
          rows={values.contacts}
          onChange={(contacts) => set({ contacts })}
          issues={issues}
          focusLater={setPendingFocus}
        />
        <ServiceCostsField
          rows={values.costOptions}
          onChange={(costOptions) => set({ costOptions })}
          issues={issues}
          focusLater={setPendingFocus}
        />
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
      </form>
    </>
  );
}

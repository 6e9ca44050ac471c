import type { DirectoryOrganisation, Organisation } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useSaveDirectoryOrganisation } from './directory-mutations.ts';
import {
  buildOrganisationInput,
  EMPTY_ORGANISATION_FORM,
  ORGANISATION_FIELD_ORDER,
  type OrganisationFormValues,
  organisationToForm,
} from './directory-organisation-values.ts';

interface DirectoryOrganisationFormProps {
  /** The organisation being edited, or `null` to add one. */
  editing: DirectoryOrganisation | null;
  vcseOrganisations: readonly Organisation[];
  onSaved: (organisation: DirectoryOrganisation, added: boolean) => void;
  onCancel: () => void;
}

/** Add or edit an organisation that runs services, optionally linked to a Kith VCSE organisation. */
export function DirectoryOrganisationForm({ editing, vcseOrganisations, onSaved, onCancel }: DirectoryOrganisationFormProps) {
  const save = useSaveDirectoryOrganisation();
  const [values, setValues] = useState<OrganisationFormValues>(editing ? organisationToForm(editing) : EMPTY_ORGANISATION_FORM);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const set = (change: Partial<OrganisationFormValues>) => setValues({ ...values, ...change });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = buildOrganisationInput(values);
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, ORGANISATION_FIELD_ORDER));
      return;
    }
    setIssues([]);
    save.mutate(
      { id: editing?.id ?? null, input: checked.data },
      {
        onSuccess: (organisation) => {
          if (!editing) setValues(EMPTY_ORGANISATION_FORM);
          onSaved(organisation, !editing);
        },
        onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'name' })),
      },
    );
  };

  const heading = editing ? `Edit ${editing.name}` : 'Add an organisation';
  return (
    <section aria-labelledby="organisation-form-heading">
      <h2 id="organisation-form-heading">{heading}</h2>
      <ErrorSummary issues={issues} linkablePaths={ORGANISATION_FIELD_ORDER} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="name"
          label="Name"
          value={values.name}
          onChange={(name) => set({ name })}
          error={messageFor(issues, 'name')}
        />
        <TextareaField
          id="description"
          label="Description (optional)"
          value={values.description}
          onChange={(description) => set({ description })}
          rows={3}
          error={messageFor(issues, 'description')}
        />
        <TextField
          id="email"
          label="Email address (optional)"
          type="email"
          spellCheck={false}
          value={values.email}
          onChange={(email) => set({ email })}
          error={messageFor(issues, 'email')}
        />
        <TextField
          id="website"
          label="Website (optional)"
          hint="Starting https://"
          type="url"
          spellCheck={false}
          value={values.website}
          onChange={(website) => set({ website })}
          error={messageFor(issues, 'website')}
        />
        <SelectField
          id="kithOrganisationId"
          label="Linked Kith VCSE organisation (optional)"
          hint="Its provider users can then keep its services up to date and receive referrals to them"
          value={values.kithOrganisationId}
          onChange={(kithOrganisationId) => set({ kithOrganisationId })}
          options={vcseOrganisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          placeholder="Not linked"
          error={messageFor(issues, 'kithOrganisationId')}
        />
        <div className="kith-row-actions">
          <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
            {editing ? 'Save changes' : 'Add the organisation'}
          </Button>
          {editing ? (
            <Button variant="secondary" type="button" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

import type { DirectoryOrganisation, Organisation } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormSelectField, FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSaveDirectoryOrganisation } from './directory-mutations.ts';
import {
  buildOrganisationInput,
  EMPTY_ORGANISATION_FORM,
  ORGANISATION_FIELD_ORDER,
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
  const kith = useKithForm({
    defaultValues: editing ? organisationToForm(editing) : EMPTY_ORGANISATION_FORM,
    toRequest: buildOrganisationInput,
    fieldOrder: ORGANISATION_FIELD_ORDER,
    conflictPath: 'name',
    // After adding an organisation the form is ready for the next one.
    clearOnSave: !editing,
    onSubmit: async (input) => onSaved(await save.mutateAsync({ id: editing?.id ?? null, input }), !editing),
  });
  const { control } = kith.form;

  const heading = editing ? `Edit ${editing.name}` : 'Add an organisation';
  return (
    <section aria-labelledby="organisation-form-heading">
      <h2 id="organisation-form-heading">{heading}</h2>
      <KithFormFrame kith={kith} linkablePaths={ORGANISATION_FIELD_ORDER}>
        <FormTextField control={control} name="name" label="Name" />
        <FormTextareaField control={control} name="description" label="Description (optional)" rows={3} />
        <FormTextField control={control} name="email" label="Email address (optional)" type="email" spellCheck={false} />
        <FormTextField
          control={control}
          name="website"
          label="Website (optional)"
          hint="Starting https://"
          type="url"
          spellCheck={false}
        />
        <FormSelectField
          control={control}
          name="kithOrganisationId"
          label="Linked Kith VCSE organisation (optional)"
          hint="Its provider users can then keep its services up to date and receive referrals to them"
          options={vcseOrganisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          placeholder="Not linked"
        />
        <div className="kith-row-actions">
          <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
            {editing ? 'Save changes' : 'Add the organisation'}
          </Button>
          {editing ? (
            <Button variant="secondary" type="button" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </KithFormFrame>
    </section>
  );
}

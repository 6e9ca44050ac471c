import type { Organisation } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { OrganisationFields } from './organisation-fields.tsx';
import { buildUpdateOrganisationRequest, formValuesOf, ORGANISATION_FIELD_ORDER } from './organisation-form-values.ts';
import { useUpdateOrganisation } from './organisations-queries.ts';

interface OrganisationEditFormProps {
  organisation: Organisation;
  organisations: readonly Organisation[];
  onSaved: (message: string) => void;
}

/** Name, ODS code, parent and served PCNs. The kind cannot change once created. */
export function OrganisationEditForm({ organisation, organisations, onSaved }: OrganisationEditFormProps) {
  const updateOrganisation = useUpdateOrganisation(organisation.id);
  const kith = useKithForm({
    defaultValues: formValuesOf(organisation),
    toRequest: buildUpdateOrganisationRequest,
    fieldOrder: ORGANISATION_FIELD_ORDER,
    conflictPath: 'odsCode',
    onSubmit: async (request) => {
      const saved = await updateOrganisation.mutateAsync(request);
      onSaved(`${saved.name} has been saved`);
    },
  });

  return (
    <section aria-labelledby="organisation-details-heading">
      <h2 id="organisation-details-heading">Details</h2>
      <KithFormFrame kith={kith}>
        <OrganisationFields
          control={kith.form.control}
          values={kith.values}
          organisations={organisations}
          selfId={organisation.id}
        />
        <Button variant="secondary" type="submit" pending={kith.pending} pendingLabel="Saving…">
          Save details
        </Button>
      </KithFormFrame>
    </section>
  );
}

import type { Organisation } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useUpdateOrganisation } from './organisations-queries.ts';

interface OrganisationStatusFormProps {
  organisation: Organisation;
  onSaved: (message: string) => void;
}

/** Deactivate or reactivate. Organisations are never deleted: records and the audit trail point at them. */
export function OrganisationStatusForm({ organisation, onSaved }: OrganisationStatusFormProps) {
  const updateOrganisation = useUpdateOrganisation(organisation.id);
  const deactivating = organisation.active;
  const kith = useKithForm({
    defaultValues: {},
    toRequest: () => ({ ok: true, data: { active: !organisation.active } }),
    fieldOrder: [],
    onSubmit: async (request) => {
      const saved = await updateOrganisation.mutateAsync(request);
      onSaved(saved.active ? `${saved.name} has been reactivated` : `${saved.name} has been deactivated`);
    },
  });

  return (
    <section aria-labelledby="organisation-status-heading">
      <h2 id="organisation-status-heading">{deactivating ? 'Deactivate organisation' : 'Reactivate organisation'}</h2>
      <p className="nhsuk-body">
        {deactivating
          ? 'A deactivated organisation is no longer offered when giving people roles or choosing a parent. Its records and history are kept.'
          : 'This organisation is deactivated. Reactivating offers it again when giving people roles.'}
      </p>
      <KithFormFrame kith={kith}>
        <Button variant={deactivating ? 'warning' : 'secondary'} type="submit" pending={kith.pending}>
          {deactivating ? 'Deactivate organisation' : 'Reactivate organisation'}
        </Button>
      </KithFormFrame>
    </section>
  );
}

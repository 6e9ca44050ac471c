import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '@kith/shared';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { OrganisationFields } from './organisation-fields.tsx';
import {
  buildCreateOrganisationRequest,
  EMPTY_ORGANISATION_FORM,
  ORGANISATION_FIELD_ORDER,
  withKind,
} from './organisation-form-values.ts';
import { useCreateOrganisation, useOrganisations } from './organisations-queries.ts';

const KIND_HINTS: Record<OrganisationKind, string> = {
  icb: 'The top of the NHS tree for an area.',
  pcn: 'A group of GP practices, part of an ICB.',
  gp_practice: 'Part of a primary care network.',
  vcse: 'A voluntary, community or social enterprise organisation people are referred to.',
};

const KIND_ITEMS = ORGANISATION_KINDS.map((kind) => ({
  value: kind,
  label: ORGANISATION_KIND_LABELS[kind],
  hint: KIND_HINTS[kind],
}));

/** `/admin/organisations/new`. */
export function CreateOrganisationPage() {
  const navigate = useNavigate();
  const organisations = useOrganisations({ includeInactive: true });
  const createOrganisation = useCreateOrganisation();
  const kith = useKithForm({
    defaultValues: EMPTY_ORGANISATION_FORM,
    toRequest: buildCreateOrganisationRequest,
    fieldOrder: ORGANISATION_FIELD_ORDER,
    conflictPath: 'odsCode',
    onSubmit: async (request) => {
      const organisation = await createOrganisation.mutateAsync(request);
      const state: FlashState = { flash: `${organisation.name} has been created` };
      navigate(`/admin/organisations/${organisation.id}`, { state });
    },
  });
  const kind = useBoundField({ control: kith.form.control, name: 'kind' });
  usePageTitle('Create organisation', kith.issues.length > 0);

  // A new kind drops a parent or served PCNs it cannot have.
  const chooseKind = (chosen: string) => {
    const known = ORGANISATION_KINDS.find((candidate) => candidate === chosen);
    if (known) kith.set(withKind(kith.values, known, organisations.data ?? []));
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        {/* The error summary comes first on the page, above the heading. */}
        <KithFormFrame kith={kith} intro={<h1>Create organisation</h1>}>
          <QueryState query={organisations} what="organisations">
            {(data) => (
              <>
                <RadiosField
                  id={kind.id}
                  legend="What kind of organisation is it?"
                  legendClass="nhsuk-fieldset__legend--m"
                  value={kith.values.kind}
                  onChange={chooseKind}
                  items={KIND_ITEMS}
                  error={kind.error}
                />
                <OrganisationFields control={kith.form.control} values={kith.values} organisations={data} />
                <Button type="submit" pending={kith.pending} pendingLabel="Creating organisation…">
                  Create organisation
                </Button>
              </>
            )}
          </QueryState>
        </KithFormFrame>
      </div>
    </div>
  );
}

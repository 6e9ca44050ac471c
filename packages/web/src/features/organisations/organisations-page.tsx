import { ButtonLink } from '../../components/button.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NhsOrganisationTable } from './nhs-organisation-table.tsx';
import { buildOrganisationTree, vcseOrganisations } from './organisation-tree.ts';
import { useOrganisations } from './organisations-queries.ts';
import { VcseOrganisationTable } from './vcse-organisation-table.tsx';

/** `/admin/organisations`: the NHS tree (ICB → PCN → GP practice) and the VCSE organisations. */
export function OrganisationsPage() {
  const organisations = useOrganisations({ includeInactive: true });
  usePageTitle('Organisations');

  return (
    <>
      <h1>Organisations</h1>
      <ButtonLink to="/admin/organisations/new">Create organisation</ButtonLink>
      <QueryState query={organisations} what="organisations">
        {(data) => (
          <>
            <NhsOrganisationTable rows={buildOrganisationTree(data)} />
            <VcseOrganisationTable organisations={vcseOrganisations(data)} all={data} />
          </>
        )}
      </QueryState>
    </>
  );
}

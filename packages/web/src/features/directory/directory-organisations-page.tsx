import type { DirectoryOrganisation } from '@kith/shared';
import { useEffect, useState } from 'react';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { DirectoryOrganisationForm } from './directory-organisation-form.tsx';
import { useDirectoryOrganisations, useVcseOrganisations } from './directory-queries.ts';

/** `/admin/directory/organizations`: the organisations that run services, and the form to add or edit one. */
export function DirectoryOrganisationsPage() {
  const organisations = useDirectoryOrganisations({ mine: false });
  const vcse = useVcseOrganisations();
  const [editing, setEditing] = useState<DirectoryOrganisation | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle('Organisations that run services');

  // Opening an organisation for editing moves focus to its form, as a new page would.
  useEffect(() => {
    if (editing) document.getElementById('name')?.focus();
  }, [editing]);

  const linkedName = (id: string | null) =>
    id ? (vcse.data?.find((organisation) => organisation.id === id)?.name ?? 'Linked') : 'Not linked';

  return (
    <>
      <BackLink to="/admin/directory">Back to the service directory</BackLink>
      <SuccessBanner message={done} />
      <h1>Organisations that run services</h1>
      {organisations.isPending || vcse.isPending ? <LoadingState what="organisations" /> : null}
      {organisations.isError || vcse.isError ? (
        <ErrorState
          error={organisations.error ?? vcse.error}
          what="organisations"
          onRetry={() => {
            void organisations.refetch();
            void vcse.refetch();
          }}
        />
      ) : null}
      {organisations.data && vcse.data ? (
        <>
          <NhsTable
            caption="Organisations that run services"
            captionStyle="visually-hidden"
            columns={['Name', 'Linked Kith organisation', 'Services', 'Change']}
            rows={organisations.data}
            rowKey={(organisation) => organisation.id}
            emptyMessage="No organisations yet. Add the first one below."
            renderRow={(organisation) => (
              <>
                <th className="nhsuk-table__header" scope="row">
                  {organisation.name}
                </th>
                <td className="nhsuk-table__cell">{linkedName(organisation.kithOrganisationId)}</td>
                <td className="nhsuk-table__cell">{organisation.serviceCount}</td>
                <td className="nhsuk-table__cell">
                  <Button
                    type="button"
                    variant="secondary"
                    small
                    className="nhsuk-u-margin-bottom-0"
                    onClick={() => {
                      setDone(null);
                      setEditing(organisation);
                    }}
                  >
                    Edit<span className="nhsuk-u-visually-hidden"> {organisation.name}</span>
                  </Button>
                </td>
              </>
            )}
          />
          <DirectoryOrganisationForm
            key={editing?.id ?? 'new'}
            editing={editing}
            vcseOrganisations={vcse.data}
            onSaved={(organisation, added) => {
              setEditing(null);
              setDone(added ? `${organisation.name} has been added` : `${organisation.name} has been saved`);
            }}
            onCancel={() => setEditing(null)}
          />
        </>
      ) : null}
    </>
  );
}

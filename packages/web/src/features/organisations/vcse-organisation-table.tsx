import type { Organisation } from '@kith/shared';
import { Link } from 'react-router';
import { NhsTable } from '../../components/nhs-table.tsx';
import { StatusTag } from '../../components/status-tag.tsx';

interface VcseOrganisationTableProps {
  organisations: readonly Organisation[];
  /** Every organisation, to name the parent ICB and the PCNs served. */
  all: readonly Organisation[];
}

/** Voluntary, community and social enterprise organisations and the PCNs each serves. */
export function VcseOrganisationTable({ organisations, all }: VcseOrganisationTableProps) {
  const nameOf = new Map(all.map((organisation) => [organisation.id, organisation.name]));

  return (
    <NhsTable
      caption="Voluntary and community organisations"
      captionStyle="medium"
      columns={['Name', 'Part of', 'Serves PCNs', 'Status']}
      rows={organisations}
      rowKey={(organisation) => organisation.id}
      emptyMessage="There are no voluntary or community organisations yet."
      renderRow={(organisation) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
          </th>
          <td className="nhsuk-table__cell">
            {(organisation.parentId && nameOf.get(organisation.parentId)) || (
              <span className="nhsuk-u-secondary-text-colour">None</span>
            )}
          </td>
          <td className="nhsuk-table__cell">
            {organisation.servesPcnIds.length === 0 ? (
              <span className="nhsuk-u-secondary-text-colour">None</span>
            ) : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {organisation.servesPcnIds.map((pcnId) => (
                  <li key={pcnId}>{nameOf.get(pcnId) ?? 'Unknown PCN'}</li>
                ))}
              </ul>
            )}
          </td>
          <td className="nhsuk-table__cell">
            <StatusTag active={organisation.active} inactiveLabel="Inactive" />
          </td>
        </>
      )}
    />
  );
}

import type { Organisation } from '@kith/shared';
import { Link } from 'react-router';
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
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">Voluntary and community organisations</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            Name
          </th>
          <th className="nhsuk-table__header" scope="col">
            Part of
          </th>
          <th className="nhsuk-table__header" scope="col">
            Serves PCNs
          </th>
          <th className="nhsuk-table__header" scope="col">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {organisations.length === 0 ? (
          <tr className="nhsuk-table__row">
            <td className="nhsuk-table__cell" colSpan={4}>
              There are no voluntary or community organisations yet.
            </td>
          </tr>
        ) : null}
        {organisations.map((organisation) => (
          <tr className="nhsuk-table__row" key={organisation.id}>
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}

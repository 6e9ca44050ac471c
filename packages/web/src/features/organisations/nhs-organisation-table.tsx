import { ORGANISATION_KIND_LABELS } from '@kith/shared';
import { Link } from 'react-router';
import { StatusTag } from '../../components/status-tag.tsx';
import type { TreeRow } from './organisation-tree.ts';

interface NhsOrganisationTableProps {
  rows: readonly TreeRow[];
}

const INDENT_CLASSES = ['', 'kith-indent-1', 'kith-indent-2', 'kith-indent-3'];

/**
 * The NHS organisations as an indented tree. Indentation is only visual, so a "Part of" column
 * gives the same structure to screen reader users.
 */
export function NhsOrganisationTable({ rows }: NhsOrganisationTableProps) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">NHS organisations</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            Name
          </th>
          <th className="nhsuk-table__header" scope="col">
            Kind
          </th>
          <th className="nhsuk-table__header" scope="col">
            ODS code
          </th>
          <th className="nhsuk-table__header" scope="col">
            Part of
          </th>
          <th className="nhsuk-table__header" scope="col">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.length === 0 ? (
          <tr className="nhsuk-table__row">
            <td className="nhsuk-table__cell" colSpan={5}>
              There are no NHS organisations yet.
            </td>
          </tr>
        ) : null}
        {rows.map(({ organisation, depth, parent }) => (
          <tr className="nhsuk-table__row" key={organisation.id}>
            <th className="nhsuk-table__header" scope="row">
              <span className={INDENT_CLASSES[Math.min(depth, INDENT_CLASSES.length - 1)]}>
                <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
              </span>
            </th>
            <td className="nhsuk-table__cell">{ORGANISATION_KIND_LABELS[organisation.kind]}</td>
            <td className="nhsuk-table__cell">
              {organisation.odsCode ?? <span className="nhsuk-u-secondary-text-colour">None</span>}
            </td>
            <td className="nhsuk-table__cell">{parent?.name ?? <span className="nhsuk-u-secondary-text-colour">None</span>}</td>
            <td className="nhsuk-table__cell">
              <StatusTag active={organisation.active} inactiveLabel="Inactive" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

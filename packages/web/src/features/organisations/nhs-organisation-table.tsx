import { ORGANISATION_KIND_LABELS } from '@kith/shared';
import { Link } from 'react-router';
import { NhsTable } from '../../components/nhs-table.tsx';
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
    <NhsTable
      caption="NHS organisations"
      captionStyle="medium"
      columns={['Name', 'Kind', 'ODS code', 'Part of', 'Status']}
      rows={rows}
      rowKey={({ organisation }) => organisation.id}
      emptyMessage="There are no NHS organisations yet."
      renderRow={({ organisation, depth, parent }) => (
        <>
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
        </>
      )}
    />
  );
}

import { ROLE_LABELS, type User } from '@kith/shared';
import { Link } from 'react-router';
import { NhsTable } from '../../components/nhs-table.tsx';
import { StatusTag } from '../../components/status-tag.tsx';

interface UserTableProps {
  users: readonly User[];
  /** Whether a search or filter is applied, for the empty message. */
  filtered: boolean;
}

/** The users table: name (linking to the user), email, roles and status. */
export function UserTable({ users, filtered }: UserTableProps) {
  if (users.length === 0) {
    return <p className="nhsuk-body">{filtered ? 'No users match your search.' : 'There are no users yet.'}</p>;
  }

  return (
    <NhsTable
      caption="Users"
      captionStyle="visually-hidden"
      columns={['Name', 'Email address', 'Roles', 'Status']}
      rows={users}
      rowKey={(user) => user.id}
      renderRow={(user) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link>
          </th>
          <td className="nhsuk-table__cell kith-break-anywhere">{user.email}</td>
          <td className="nhsuk-table__cell">
            {user.memberships.length === 0 ? (
              'None'
            ) : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {user.memberships.map((membership) => (
                  <li key={`${membership.organisationId}-${membership.role}`}>
                    {ROLE_LABELS[membership.role]}
                    <span className="nhsuk-u-secondary-text-colour">, {membership.organisationName}</span>
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className="nhsuk-table__cell">
            <StatusTag active={user.active} />
          </td>
        </>
      )}
    />
  );
}

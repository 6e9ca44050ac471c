import type { Role } from '@kith/shared';
import { Link } from 'react-router';
import { linksForRoles } from './role-links.ts';

interface RoleDestinationsProps {
  roles: readonly Role[];
}

/** Every place the user's roles work from, as a compact list below the dashboard, so nothing in the menu is out of reach. */
export function RoleDestinations({ roles }: RoleDestinationsProps) {
  return (
    <ul className="nhsuk-list kith-go-to">
      {linksForRoles(roles).map((link) => (
        <li key={link.to}>
          <Link to={link.to}>{link.title}</Link>
        </li>
      ))}
    </ul>
  );
}

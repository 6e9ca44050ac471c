import type { Role } from '@kith/shared';
import { Link } from 'react-router';
import { type PermissionNeed, rolesCan } from '../session/can.ts';
import { linksForRoles } from './role-links.ts';

/** What work without screens yet will find here once its part of Kith is built. Honest: nothing is faked. */
const COMING_SOON: readonly { permission: PermissionNeed; title: string; description: string }[] = [
  {
    permission: 'onward:respond',
    title: 'Your activities',
    description: "Your organisation's activities and the people referred to them will appear here.",
  },
];

interface RoleDestinationsProps {
  roles: readonly Role[];
}

/** A card per place the user's roles work from; for work still to come, a card saying so. */
export function RoleDestinations({ roles }: RoleDestinationsProps) {
  const links = linksForRoles(roles);
  const upcoming = COMING_SOON.filter((item) => rolesCan(roles, item.permission));

  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {links.map((link) => (
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item" key={link.to}>
          <div className="nhsuk-card nhsuk-card--clickable">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-m">
                <Link className="nhsuk-card__link" to={link.to}>
                  {link.title}
                </Link>
              </h3>
              <p className="nhsuk-card__description">{link.description}</p>
            </div>
          </div>
        </li>
      ))}
      {upcoming.map((item) => (
        <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={item.title}>
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-m">{item.title}</h3>
              <p className="nhsuk-card__description">{item.description}</p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                <strong className="nhsuk-tag nhsuk-tag--grey">Coming soon</strong>
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

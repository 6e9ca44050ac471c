import type { Role } from '@kith/shared';
import { Link } from 'react-router';

interface Destination {
  to: string;
  title: string;
  description: string;
}

const ADMIN_DESTINATIONS: readonly Destination[] = [
  { to: '/admin/users', title: 'Users', description: 'Create accounts, change roles and deactivate users.' },
  { to: '/admin/organisations', title: 'Organisations', description: 'The ICB, PCNs, GP practices and VCSE organisations.' },
  { to: '/admin/audit', title: 'Audit trail', description: 'Who did what, and when.' },
];

/** What each non-admin role will find here once its part of Kith is built. Honest: nothing is faked. */
const COMING_SOON: Record<Exclude<Role, 'admin'>, { title: string; description: string }> = {
  link_worker: { title: 'Your caseload', description: 'Your caseload will appear here.' },
  supervisor: { title: 'Your team', description: "Your team's caseloads and supervision will appear here." },
  referrer: { title: 'Referrals', description: 'You will be able to refer people to social prescribing here.' },
  vcse_provider: {
    title: 'Your activities',
    description: "Your organisation's activities and the people referred to them will appear here.",
  },
  pcn_manager: { title: 'Your primary care network', description: "Reports for your PCN's social prescribing will appear here." },
  commissioner: { title: 'Commissioning reports', description: 'Activity and outcome reports for your area will appear here.' },
};

interface RoleDestinationsProps {
  roles: readonly Role[];
}

/** Links for administrators; for other roles, a card saying their area is coming soon. */
export function RoleDestinations({ roles }: RoleDestinationsProps) {
  const distinct = [...new Set(roles)];
  const others = distinct.filter((role): role is Exclude<Role, 'admin'> => role !== 'admin');

  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {distinct.includes('admin')
        ? ADMIN_DESTINATIONS.map((destination) => (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item" key={destination.to}>
              <div className="nhsuk-card nhsuk-card--clickable">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading nhsuk-heading-m">
                    <Link className="nhsuk-card__link" to={destination.to}>
                      {destination.title}
                    </Link>
                  </h3>
                  <p className="nhsuk-card__description">{destination.description}</p>
                </div>
              </div>
            </li>
          ))
        : null}
      {others.map((role) => (
        <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={role}>
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-m">{COMING_SOON[role].title}</h3>
              <p className="nhsuk-card__description">{COMING_SOON[role].description}</p>
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

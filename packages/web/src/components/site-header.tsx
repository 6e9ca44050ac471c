import type { MeResponse } from '@kith/shared';
import { Link, NavLink } from 'react-router';
import { linksForRoles } from '../features/home/role-links.ts';
import { SignOutButton } from '../features/session/sign-out-button.tsx';

const COMMUNITY = { to: '/community', title: 'Community' };

interface SiteHeaderProps {
  me: MeResponse | null;
}

/**
 * NHS header with the service name, the signed-in user's name and a sign-out button, plus a menu
 * of the places the user's roles work from. No NHS logo: Kith is a service for the NHS, not run by it.
 * https://service-manual.nhs.uk/design-system/components/header
 */
export function SiteHeader({ me }: SiteHeaderProps) {
  // Signed-in users' links end with the community of practice; visitors get the community only.
  const nav = me
    ? [{ to: '/', title: 'Home' }, ...linksForRoles(me.memberships.map((membership) => membership.role))]
    : [COMMUNITY];

  return (
    <header className="nhsuk-header">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-name" to="/">
            Kith
          </Link>
        </div>
        {me ? (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <span className="nhsuk-u-visually-hidden">Signed in as </span>
                {me.user.displayName}
              </li>
              <li className="nhsuk-header__account-item">
                <SignOutButton />
              </li>
            </ul>
          </nav>
        ) : null}
      </div>
      {nav.length > 0 ? (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {nav.map((item) => (
                <li className="nhsuk-header__navigation-item" key={item.to}>
                  <NavLink className="nhsuk-header__navigation-link" to={item.to} end={item.to === '/'}>
                    {item.title}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}

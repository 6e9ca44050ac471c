import type { MeResponse } from '@kith/shared';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { linksForRoles } from '../features/home/role-links.ts';
import { NotificationBadge } from '../features/notifications/notification-badge.tsx';
import { SignOutButton } from '../features/session/sign-out-button.tsx';
import { widthContainerClass } from './width-container.ts';

const COMMUNITY = { to: '/community', title: 'Community' };

interface SiteHeaderProps {
  me: MeResponse | null;
}

/**
 * NHS header with the service name, the signed-in user's name and a sign-out button, plus a menu
 * of the places the user's roles work from. No NHS logo: Kith is a service for the NHS, not run by it.
 * On a phone the menu folds behind a "Menu" button (kith.css hides the list only below the NHS
 * tablet breakpoint); the state is React's, because Kith does not load the NHS header script.
 * https://service-manual.nhs.uk/design-system/components/header
 */
export function SiteHeader({ me }: SiteHeaderProps) {
  // Signed-in users' links end with the community of practice; visitors get the community only.
  const nav = me
    ? [{ to: '/', title: 'Home' }, ...linksForRoles(me.memberships.map((membership) => membership.role))]
    : [COMMUNITY];
  const container = widthContainerClass(me !== null);

  return (
    <header className="nhsuk-header">
      <div className={`nhsuk-header__container ${container}`}>
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
                <NotificationBadge />
              </li>
              <li className="nhsuk-header__account-item">
                <SignOutButton />
              </li>
            </ul>
          </nav>
        ) : null}
      </div>
      {nav.length > 0 ? <HeaderMenu nav={nav} container={container} /> : null}
    </header>
  );
}

interface HeaderMenuProps {
  nav: readonly { to: string; title: string }[];
  container: string;
}

/**
 * The menu of places. On a small screen it starts folded: the "Menu" button says whether it is
 * open (aria-expanded), Escape folds it and returns focus to the button, and following a link
 * folds it again. On larger screens the button is hidden and the list always shows.
 */
function HeaderMenu({ nav, container }: HeaderMenuProps) {
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();

  // A new page starts with the menu folded, so the page itself is what a phone shows first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => setOpen(false), [pathname]);

  const foldOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu" onKeyDown={foldOnEscape}>
      <div className={`nhsuk-header__navigation-container ${container}`}>
        <button
          type="button"
          className="nhsuk-header__navigation-link kith-header__menu-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
          ref={toggleRef}
        >
          Menu
        </button>
        <ul
          className={`nhsuk-header__navigation-list ${open ? 'kith-header__navigation-list--open' : 'kith-header__navigation-list--folded'}`}
          id={listId}
        >
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
  );
}

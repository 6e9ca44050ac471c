import { usePageTitle } from '../../components/use-page-title.ts';
import { UnreadNotificationsPanel } from '../notifications/unread-notifications-panel.tsx';
import { useMe } from '../session/session-queries.ts';
import { DashboardGrid } from './dashboard-grid.tsx';
import { MembershipCards } from './membership-cards.tsx';
import { RoleDestinations } from './role-destinations.tsx';

/**
 * `/`: the working dashboard for the roles the user holds, then unread notifications (the header's
 * badge counts them too), every place they can go and their roles.
 */
export function HomePage() {
  const me = useMe();
  usePageTitle('Home');
  // RequireAuth only renders this page once the user is known.
  if (!me.data) return null;
  const { user, memberships } = me.data;
  const roles = memberships.map((membership) => membership.role);

  return (
    <>
      <h1>Home</h1>
      <p className="nhsuk-body-l">
        Signed in as <strong>{user.displayName}</strong>
      </p>
      <DashboardGrid roles={roles} />
      <UnreadNotificationsPanel />
      <h2>Go to</h2>
      <RoleDestinations roles={roles} />
      <h2>Your roles</h2>
      <MembershipCards memberships={memberships} />
    </>
  );
}

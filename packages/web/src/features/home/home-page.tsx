import { usePageTitle } from '../../components/use-page-title.ts';
import { RemindersPanel } from '../onward-referrals/reminders-panel.tsx';
import { useMe } from '../session/session-queries.ts';
import { MembershipCards } from './membership-cards.tsx';
import { RoleDestinations } from './role-destinations.tsx';

/** `/`: who is signed in, the roles they hold, and where they can go. */
export function HomePage() {
  const me = useMe();
  usePageTitle('Home');
  // RequireAuth only renders this page once the user is known.
  if (!me.data) return null;
  const { user, memberships } = me.data;

  return (
    <>
      <h1>Home</h1>
      <p className="nhsuk-body-l">
        Signed in as <strong>{user.displayName}</strong>
      </p>
      <RemindersPanel />
      <h2>Your roles</h2>
      <MembershipCards memberships={memberships} />
      <h2>What you can do</h2>
      <RoleDestinations roles={memberships.map((membership) => membership.role)} />
    </>
  );
}

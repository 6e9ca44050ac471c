import { Link } from 'react-router';
import { NotificationList } from './notification-list.tsx';
import { useNotifications } from './notification-queries.ts';

/** Unread notifications shown on the home page at once; the rest are on the notifications page. */
export const UNREAD_SHOWN = 5;

/**
 * The home page's newest unread notifications, shown only when there are any (it replaced the
 * reminders panel). A failure to load them stays quiet: the header badge and the page still work.
 */
export function UnreadNotificationsPanel() {
  const unread = useNotifications(1, { unreadOnly: true, pageSize: UNREAD_SHOWN });
  const items = unread.data?.items ?? [];
  if (items.length === 0) return null;
  const total = unread.data?.total ?? items.length;

  return (
    <section className="nhsuk-card nhsuk-card--feature" aria-labelledby="unread-notifications-heading">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature" id="unread-notifications-heading">
          Unread notifications
        </h2>
        <NotificationList items={items} />
        <p className="nhsuk-body">
          <Link to="/notifications">
            {total > items.length ? `See all ${total} unread notifications` : 'See all notifications'}
          </Link>
        </p>
      </div>
    </section>
  );
}

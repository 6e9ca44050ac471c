import { Link } from 'react-router';
import { useUnreadNotificationCount } from './notification-queries.ts';
import './notifications.css';

/**
 * The header's way in to notifications, with the unread count. Screen readers hear
 * "Notifications, 3 unread"; the number is polled every minute and on returning to the window.
 * A failed poll keeps the last count rather than showing an error in the header.
 */
export function NotificationBadge() {
  const count = useUnreadNotificationCount(true);
  const unread = count.data?.unread ?? 0;
  return (
    <Link className="nhsuk-header__account-link kith-notification-badge" to="/notifications">
      Notifications
      {unread > 0 ? (
        <>
          <span className="nhsuk-u-visually-hidden">, </span>
          <span className="kith-notification-badge__count">{unread > 99 ? '99+' : unread}</span>
          <span className="nhsuk-u-visually-hidden"> unread</span>
        </>
      ) : null}
    </Link>
  );
}

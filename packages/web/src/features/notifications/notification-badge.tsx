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
  const shown = unread > 99 ? '99+' : String(unread);
  // One name for the whole link: hidden text in separate boxes is read with stray spaces.
  return (
    <Link
      className="nhsuk-header__account-link kith-notification-badge"
      to="/notifications"
      aria-label={unread > 0 ? `Notifications, ${shown} unread` : 'Notifications'}
    >
      Notifications
      {unread > 0 ? <span className="kith-notification-badge__count">{shown}</span> : null}
    </Link>
  );
}

import { NOTIFICATION_KIND_LABELS, type Notification } from '@kith/shared';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { useMarkNotificationRead } from './notification-queries.ts';
import './notifications.css';

/**
 * Notifications as a list, each leading to its record; opening an unread one marks it read.
 * Unread ones stand out by weight and a rule, and say "Unread" in words (colour is never the only cue).
 */
export function NotificationList({ items }: { items: readonly Notification[] }) {
  const markRead = useMarkNotificationRead();
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {items.map((notification) => {
        const unread = notification.readAt === null;
        return (
          <li key={notification.id} className={unread ? 'kith-notification--unread' : undefined}>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              <Link to={notification.link} onClick={unread ? () => markRead.mutate(notification.id) : undefined}>
                {notification.title}
              </Link>
            </p>
            <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">
              {unread ? <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-right-2">Unread</strong> : null}
              {NOTIFICATION_KIND_LABELS[notification.kind]} ·{' '}
              <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

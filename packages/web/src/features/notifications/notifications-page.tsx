import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NotificationList } from './notification-list.tsx';
import { useMarkAllNotificationsRead, useNotifications, useUnreadNotificationCount } from './notification-queries.ts';

/** `/notifications`: everything Kith has told me, newest first; `?unread=1` keeps the unread. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const [searchParams] = useSearchParams();
  const unreadOnly = searchParams.get('unread') === '1';
  const { page, hrefFor } = usePageParam();
  const notifications = useNotifications(page, { unreadOnly });
  const unread = useUnreadNotificationCount(true).data?.unread ?? 0;
  const markAll = useMarkAllNotificationsRead();
  // One button, no fields: the form mechanism still shows a failure beside it.
  const kith = useKithForm({
    defaultValues: {},
    toRequest: () => ({ ok: true, data: null }),
    fieldOrder: [],
    onSubmit: () => markAll.mutateAsync(),
  });

  return (
    <>
      <h1>Notifications</h1>
      <p className="nhsuk-body">
        {unread === 0 ? 'You have no unread notifications.' : `You have ${unread} unread.`}{' '}
        <Link to="/notifications/settings">Choose which notifications are emailed to you</Link>
      </p>
      <p className="nhsuk-body">
        {unreadOnly ? (
          <Link to="/notifications">Show all notifications</Link>
        ) : (
          <Link to="/notifications?unread=1">Show unread only</Link>
        )}
      </p>
      {unread > 0 ? (
        <KithFormFrame kith={kith}>
          <Button type="submit" variant="secondary" pending={kith.pending} pendingLabel="Marking…">
            Mark all as read
          </Button>
        </KithFormFrame>
      ) : null}
      <QueryState query={notifications} what="your notifications">
        {(data) =>
          data.items.length === 0 ? (
            <p className="nhsuk-body">
              {unreadOnly
                ? 'Nothing unread. You are up to date.'
                : 'No notifications yet. Kith will tell you here when something needs you: a referral allocated to you, a safeguarding concern, an action falling due.'}
            </p>
          ) : (
            <>
              <NotificationList items={data.items} />
              <PaginationNav of={data} noun="notifications" hrefFor={hrefFor} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

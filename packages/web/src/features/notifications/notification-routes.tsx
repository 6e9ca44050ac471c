import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';

const NotificationsPage = lazyPage(() => import('./notifications-page.tsx'), 'NotificationsPage');
const NotificationSettingsPage = lazyPage(() => import('./notification-settings-page.tsx'), 'NotificationSettingsPage');

/** Every signed-in user's own notifications and email settings (no permission beyond signing in). */
export function notificationRoutes(): ReactNode {
  return (
    <Route path="notifications">
      <Route index element={<NotificationsPage />} />
      <Route path="settings" element={<NotificationSettingsPage />} />
    </Route>
  );
}

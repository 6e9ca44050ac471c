import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequireAuth } from '../../routes/require-auth.tsx';
import { RequirePermission } from '../../routes/require-permission.tsx';

const OutboxPage = lazyPage(() => import('./outbox-page.tsx'), 'OutboxPage');

/**
 * `/admin/outbox` (admins, 'outbox:read'). It carries its own sign-in guard so it can sit beside
 * the community's public pages in the route table.
 */
export function outboxRoutes(): ReactNode {
  return (
    <Route path="admin/outbox" element={<RequireAuth />}>
      <Route element={<RequirePermission permission="outbox:read" />}>
        <Route index element={<OutboxPage />} />
      </Route>
    </Route>
  );
}

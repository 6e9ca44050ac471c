import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const SupervisionPage = lazyPage(() => import('./supervision-page.tsx'), 'SupervisionPage');
const NewSessionPage = lazyPage(() => import('./new-session-page.tsx'), 'NewSessionPage');
const SessionPage = lazyPage(() => import('./session-page.tsx'), 'SessionPage');

/**
 * Supervision pages: link workers and supervisors record sessions; supervisors and PCN managers
 * oversee them. The server decides who sees which session and that only the two parties see notes.
 */
export function supervisionRoutes(): ReactNode {
  return (
    <Route path="supervision" element={<RequirePermission permission={['supervision:record', 'supervision:oversee']} />}>
      <Route index element={<SupervisionPage />} />
      <Route path="new" element={<RequirePermission permission="supervision:record" />}>
        <Route index element={<NewSessionPage />} />
      </Route>
      <Route path=":id" element={<SessionPage />} />
    </Route>
  );
}

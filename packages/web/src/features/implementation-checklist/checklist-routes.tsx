import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const ImplementationChecklistPage = lazyPage(() => import('./implementation-checklist-page.tsx'), 'ImplementationChecklistPage');

/** The implementation checklist: PCN managers change it, supervisors read it (the server enforces both). */
export function checklistRoutes(): ReactNode {
  return (
    <Route path="implementation-checklist" element={<RequirePermission permission="checklist:read" />}>
      <Route index element={<ImplementationChecklistPage />} />
    </Route>
  );
}

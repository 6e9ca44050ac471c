import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const OrukImportPage = lazyPage(() => import('./oruk-import-page.tsx'), 'OrukImportPage');

/**
 * The Open Referral UK import screen, placed inside the signed-in part of the route table
 * (routes/app-routes.tsx). Administrators only; the server enforces the same.
 */
export function orukImportRoutes(): ReactNode {
  return (
    <Route path="admin/directory/import" element={<RequirePermission permission="directory:manage" />}>
      <Route index element={<OrukImportPage />} />
    </Route>
  );
}

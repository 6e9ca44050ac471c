import { Outlet } from 'react-router';
import { hasRole, useMe } from '../features/session/session-queries.ts';
import { ForbiddenPage } from './forbidden-page.tsx';

/**
 * Shows admin pages only to administrators. The server enforces this too; the guard only spares
 * other users a page of errors.
 */
export function RequireAdmin() {
  const me = useMe();
  return hasRole(me.data, 'admin') ? <Outlet /> : <ForbiddenPage />;
}

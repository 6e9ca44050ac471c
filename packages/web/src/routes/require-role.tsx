import type { Role } from '@kith/shared';
import { Outlet } from 'react-router';
import { useMe } from '../features/session/session-queries.ts';
import { ForbiddenPage } from './forbidden-page.tsx';

/**
 * Shows its pages only to users holding one of `roles` somewhere. The server decides what each
 * user may actually see; this only spares others a page of errors.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useMe();
  const allowed = me.data?.memberships.some((membership) => roles.includes(membership.role)) ?? false;
  return allowed ? <Outlet /> : <ForbiddenPage />;
}

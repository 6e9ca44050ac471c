import { Outlet } from 'react-router';
import { can, type PermissionNeed } from '../features/session/can.ts';
import { useMe } from '../features/session/session-queries.ts';
import { ForbiddenPage } from './forbidden-page.tsx';

/**
 * Shows its pages only to users whose roles grant `permission` (or one of a list) somewhere. The
 * server decides what each user may actually see; this only spares others a page of errors.
 */
export function RequirePermission({ permission }: { permission: PermissionNeed }) {
  const me = useMe();
  return can(me.data, permission) ? <Outlet /> : <ForbiddenPage />;
}

import type { Role } from '@kith/shared';

/**
 * The permission matrix: which role may do what. This is the one place that says so; feature
 * policies ask `rolesGranting(permission)` and never test role names themselves.
 */
export const PERMISSIONS = {
  'organisations:read': ['link_worker', 'supervisor', 'referrer', 'vcse_provider', 'pcn_manager', 'commissioner', 'admin'],
  'organisations:manage': ['admin'],
  'users:read': ['admin'],
  'users:manage': ['admin'],
  'audit:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesGranting(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

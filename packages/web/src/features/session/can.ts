import { type MeResponse, type Permission, type Role, roleGrants } from '@kith/shared';

/** One permission, or a list of which any one will do. */
export type PermissionNeed = Permission | readonly Permission[];

/** Whether any of `roles` grants the permission (or one of the permissions). */
export function rolesCan(roles: readonly Role[], need: PermissionNeed): boolean {
  const permissions: readonly Permission[] = typeof need === 'string' ? [need] : need;
  return roles.some((role) => permissions.some((permission) => roleGrants(role, permission)));
}

/**
 * Whether the signed-in user holds a role, in any organisation, that grants the permission (or
 * one of the permissions). Screens ask this instead of naming roles; the server still decides
 * what each user may actually see and do.
 */
export function can(me: MeResponse | null | undefined, need: PermissionNeed): boolean {
  return rolesCan(me?.memberships.map((membership) => membership.role) ?? [], need);
}

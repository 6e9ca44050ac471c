import type { User } from '@kith/shared';
import type { UserWithMemberships } from './user-repository.ts';

/** An account as the API returns it: never its password hash, and only the roles the reader may see. */
export function toUser({ user, memberships }: UserWithMemberships): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    active: user.active,
    memberships,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

import type { MeResponse } from '@kith/shared';
import type { Actor } from '../../access/actor.ts';

/** Who is signed in, their roles, the CSRF token for writes, and when the session ends. */
export function toMeResponse(actor: Actor): MeResponse {
  return {
    user: { id: actor.userId, email: actor.email, displayName: actor.displayName },
    memberships: actor.memberships,
    csrfToken: actor.csrfToken,
    sessionExpiresAt: actor.sessionExpiresAt.toISOString(),
  };
}

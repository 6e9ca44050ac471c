import type { Role } from '@kith/shared';

/** A role the signed-in user holds in one organisation. */
export interface ActorMembership {
  organisationId: string;
  organisationName: string;
  organisationKind: 'icb' | 'pcn' | 'gp_practice' | 'vcse';
  role: Role;
}

/** Who is making a request: resolved once per request from the session cookie. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  memberships: ActorMembership[];
  sessionTokenHash: string;
  csrfToken: string;
  sessionExpiresAt: Date;
}

/**
 * What every use case receives: the actor (or null for public routes) and the request id,
 * which together make an audit event.
 */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
}

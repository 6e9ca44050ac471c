import type { Permission } from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { forbidden, notFound } from '../../errors.ts';
import { findSession, type SessionRow } from './supervision-repository.ts';

/**
 * Who may see what of a supervision session, decided here only:
 * - the supervisor and the supervisee see the session and its private notes, and may edit them;
 * - those who oversee supervision (`supervision:oversee`) with the session's PCN in scope see
 *   the session but never the notes (403);
 * - others who work in the PCN (`supervision:record` in scope) are refused with 403;
 * - everyone else gets 404, so a session's existence is not disclosed.
 */
export const NOTES_PRIVATE_MESSAGE = 'These notes are private to the two people in the session';

export interface SessionAccess {
  session: SessionRow;
  isParty: boolean;
  via: ActorMembership | undefined;
}

/** The membership through which `permission` covers `pcnId`, if any (no 403 when none does). */
export async function membershipCovering(
  db: DbOrTx,
  ctx: RequestContext,
  permission: Permission,
  pcnId: string,
): Promise<ActorMembership | undefined> {
  if (grantingMemberships(requireActor(ctx), permission).length === 0) return undefined;
  const scope = await scopeFor(db, ctx, permission);
  return scope.organisationIds.includes(pcnId) ? scope.via : undefined;
}

/** The one gate for a session: `notes` is for the two parties only. */
export async function loadSessionFor(
  db: DbOrTx,
  ctx: RequestContext,
  sessionId: string,
  need: 'view' | 'notes',
): Promise<SessionAccess> {
  const actor = requireActor(ctx);
  const session = await findSession(db, sessionId);
  if (!session) throw notFound('Supervision session');
  const recording = await membershipCovering(db, ctx, 'supervision:record', session.pcnId);
  if (actor.userId === session.supervisorUserId || actor.userId === session.superviseeUserId) {
    return { session, isParty: true, via: recording };
  }
  const overseeing = await membershipCovering(db, ctx, 'supervision:oversee', session.pcnId);
  if (!overseeing && !recording) throw notFound('Supervision session');
  if (need === 'notes') throw forbidden(NOTES_PRIVATE_MESSAGE);
  if (!overseeing) throw forbidden('Only the two people in the session and those who oversee supervision can see it');
  return { session, isParty: false, via: overseeing };
}

import type { Permission } from '@kith/shared';
import type { Actor, RequestContext } from '../../access/actor.ts';
import { grantingMemberships, type OrgScope, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { referrals } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { findReferral } from './referral-repository.ts';

export type ReferralRow = typeof referrals.$inferSelect;

/**
 * How a caller may see a referral: `team` (their role lets them read the PCN's referrals) or
 * `referrer` (their only relationship to it is having made it). `referral-view.ts` turns
 * this into the full or the reduced view; nothing else decides what a referrer sees.
 */
export type ReferralAccess = 'team' | 'referrer';

/**
 * The one gate for acting on a referral: the caller needs `permission` over the referral's PCN.
 * For reading, the referrer who made it also passes, with `referrer` access (and sees only their
 * own referrals). Out of scope is 404, so existence is not disclosed.
 */
export async function loadReferralFor(
  db: DbOrTx,
  ctx: RequestContext,
  referralId: string,
  permission: Permission,
): Promise<{ referral: ReferralRow; scope: OrgScope | null; access: ReferralAccess }> {
  const actor = requireActor(ctx);
  const referral = await findReferral(db, referralId);
  if (!referral) throw notFound('Referral');
  if (permission === 'referrals:read') {
    const scope = await readScopeOf(db, ctx, actor);
    const access = accessTo(referral, actor, scope);
    // Anyone else asking learns nothing, not even that the referral exists.
    if (!access) throw notFound('Referral');
    return { referral, scope: access === 'team' ? scope : null, access };
  }
  const scope = await scopeFor(db, ctx, permission);
  if (!scope.organisationIds.includes(referral.organisationId)) throw notFound('Referral');
  return { referral, scope, access: 'team' };
}

/** The caller's `referrals:read` scope, or null when no role of theirs grants it (a referrer). */
export async function readScopeOf(db: DbOrTx, ctx: RequestContext, actor: Actor): Promise<OrgScope | null> {
  return grantingMemberships(actor, 'referrals:read').length > 0 ? scopeFor(db, ctx, 'referrals:read') : null;
}

/**
 * The rule, in one place: the care team of the referral's PCN sees it in full, whoever made it;
 * its referrer, when that is their only relationship to it, sees the referrer's view; anyone
 * else nothing (null).
 */
export function accessTo(
  referral: { organisationId: string; referrerUserId: string | null },
  actor: Actor,
  readScope: OrgScope | null,
): ReferralAccess | null {
  if (readScope?.organisationIds.includes(referral.organisationId)) return 'team';
  if (referral.referrerUserId !== null && referral.referrerUserId === actor.userId) return 'referrer';
  return null;
}

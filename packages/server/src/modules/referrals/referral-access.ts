import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, type OrgScope, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Permission } from '../../access/permissions.ts';
import type { DbOrTx } from '../../db/client.ts';
import { referrals } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';

export type ReferralRow = typeof referrals.$inferSelect;

/**
 * The one gate for acting on a referral: the caller needs `permission` over the referral's PCN.
 * For reading, the referrer who made it also passes (and sees only their own referrals).
 * Out of scope is 404, so existence is not disclosed.
 */
export async function loadReferralFor(
  db: DbOrTx,
  ctx: RequestContext,
  referralId: string,
  permission: Permission,
): Promise<{ referral: ReferralRow; scope: OrgScope | null }> {
  const actor = requireActor(ctx);
  const [referral] = await db.select().from(referrals).where(eq(referrals.id, referralId)).limit(1);
  if (!referral) throw notFound('Referral');
  if (permission === 'referrals:read') {
    if (referral.referrerUserId === actor.userId) return { referral, scope: null };
    // A referrer asking about someone else's referral learns nothing, not even that it exists.
    if (grantingMemberships(actor, permission).length === 0) throw notFound('Referral');
  }
  const scope = await scopeFor(db, ctx, permission);
  if (!scope.organisationIds.includes(referral.organisationId)) throw notFound('Referral');
  return { referral, scope };
}

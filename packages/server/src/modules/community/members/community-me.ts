import type { CommunityMe } from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { standingOf } from '../community-policy.ts';

const VISITOR: CommunityMe = {
  signedIn: false,
  userId: null,
  displayName: null,
  isMember: false,
  isVerified: false,
  isEditor: false,
  isModerator: false,
  isStaff: false,
};

/** Who the reader is in the community: a visitor, or a member with their editor and moderator flags. */
export async function getCommunityMe(db: DbOrTx, ctx: RequestContext): Promise<CommunityMe> {
  const standing = await standingOf(db, ctx);
  if (!standing || !ctx.actor) return VISITOR;
  return {
    signedIn: true,
    userId: standing.userId,
    displayName: ctx.actor.displayName,
    isMember: standing.verified,
    isVerified: standing.verified,
    isEditor: standing.isEditor,
    isModerator: standing.isModerator,
    isStaff: ctx.actor.memberships.length > 0,
  };
}

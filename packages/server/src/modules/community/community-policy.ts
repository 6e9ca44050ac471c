import { EMAIL_NOT_VERIFIED_MESSAGE, type PostKind, type PostStatus, type PostVisibility } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { forbidden, unauthenticated } from '../../errors.ts';
import { findProfile } from './members/member-repository.ts';

/**
 * Who may do what in the community of practice — decided here only. Kith users with any
 * membership are members already; self-registered members count once their email is verified.
 * Editors write and publish blog posts; any verified member starts discussions.
 */
export interface CommunityStanding {
  userId: string;
  verified: boolean;
  isEditor: boolean;
  isModerator: boolean;
}

/** The signed-in reader's standing, or null for a visitor. */
export async function standingOf(db: DbOrTx, ctx: RequestContext): Promise<CommunityStanding | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  const profile = await findProfile(db, actor.userId);
  return {
    userId: actor.userId,
    verified: actor.memberships.length > 0 || Boolean(profile?.emailVerifiedAt),
    isEditor: profile?.isEditor ?? false,
    isModerator: profile?.isModerator ?? false,
  };
}

/** A verified member, or 401 with `visitorMessage` for a visitor (403 for an unverified one). */
export async function requireMember(db: DbOrTx, ctx: RequestContext, visitorMessage: string): Promise<CommunityStanding> {
  const standing = await standingOf(db, ctx);
  if (!standing) throw unauthenticated(visitorMessage);
  if (!standing.verified) throw forbidden(EMAIL_NOT_VERIFIED_MESSAGE);
  return standing;
}

/** Blog and guest blog posts are the editors'; discussions any member's. */
export function mayWritePost(standing: CommunityStanding, kind: PostKind): boolean {
  return kind === 'discussion' ? standing.verified : standing.isEditor;
}

interface PostAccessFacts {
  kind: PostKind;
  status: PostStatus;
  visibility: PostVisibility;
  authorUserId: string;
}

/** Editors edit blog posts; a discussion's author (or a moderator) edits the discussion. */
export function mayEditPost(standing: CommunityStanding, post: PostAccessFacts): boolean {
  if (post.kind === 'discussion') return post.authorUserId === standing.userId || standing.isModerator;
  return standing.isEditor;
}

/** Published public posts are anyone's to read; members-only ones need a member; drafts an editor. */
export function mayReadPost(standing: CommunityStanding | null, post: PostAccessFacts): boolean {
  if (post.status === 'published') return post.visibility === 'public' || Boolean(standing?.verified);
  return standing !== null && mayEditPost(standing, post);
}

/** The visibilities a reader may list. */
export function readableVisibilities(standing: CommunityStanding | null): PostVisibility[] {
  return standing?.verified ? ['public', 'members'] : ['public'];
}

/** Community editors keep the resources library and the events programme. */
export function requireEditor(standing: CommunityStanding, action: string): void {
  if (!standing.isEditor) throw forbidden(`Only community editors can ${action}`);
}

/** Community moderators review reported comments and hide or restore them. */
export function requireModerator(standing: CommunityStanding, action: string): void {
  if (!standing.isModerator) throw forbidden(`Only community moderators can ${action}`);
}

/** A hidden comment's text stays readable by its author and by moderators, nobody else. */
export function mayReadHiddenComment(standing: CommunityStanding | null, comment: { authorUserId: string }): boolean {
  return standing !== null && (standing.isModerator || standing.userId === comment.authorUserId);
}

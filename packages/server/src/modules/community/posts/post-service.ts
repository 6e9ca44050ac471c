import {
  type CommunityPostDetail,
  type CommunityPostList,
  type CommunityPostListQuery,
  type CreateCommunityPostRequest,
  guestAuthorProblem,
  type UpdateCommunityPostRequest,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { forbidden, notFound, validationError } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import {
  type CommunityStanding,
  mayEditPost,
  mayReadPost,
  mayWritePost,
  readableVisibilities,
  requireMember,
  standingOf,
} from '../community-policy.ts';
import {
  findMyRating,
  findPost,
  insertPost,
  isFavourite,
  listPostRows,
  type PostWithAuthor,
  updatePostRow,
} from './post-repository.ts';
import { toPostDetail, toPostSummary } from './post-view.ts';

const WRITE_NEEDS_MEMBER_MESSAGE = 'You need to be a registered member to write a post';

/** A post the reader may see, or 404 (drafts and members-only posts do not reveal that they exist). */
export async function loadReadablePost(db: DbOrTx, standing: CommunityStanding | null, id: string): Promise<PostWithAuthor> {
  const found = await findPost(db, id);
  if (!found || !mayReadPost(standing, found.post)) throw notFound('Post');
  return found;
}

/** One post with its safe HTML, rating, and the reader's own rating and favourite. */
export async function getPost(db: DbOrTx, ctx: RequestContext, id: string): Promise<CommunityPostDetail> {
  const standing = await standingOf(db, ctx);
  const found = await loadReadablePost(db, standing, id);
  return toPostDetail(found, {
    myRating: standing ? await findMyRating(db, id, standing.userId) : null,
    isFavourite: standing ? await isFavourite(db, id, standing.userId) : false,
  });
}

/**
 * Published posts a reader may see (visitors: public ones; members: members-only ones too),
 * newest first. Drafts are listed only for editors, and only blog drafts.
 */
export async function listPosts(db: Db, ctx: RequestContext, query: CommunityPostListQuery): Promise<CommunityPostList> {
  const standing = await standingOf(db, ctx);
  if (query.status === 'draft' && !standing?.isEditor) throw forbidden('Only community editors can see drafts');
  const { rows, total } = await listPostRows(
    db,
    {
      status: query.status,
      visibilities: query.status === 'draft' ? ['public', 'members'] : readableVisibilities(standing),
      ...(query.kind ? { kinds: [query.kind] } : {}),
      tag: query.tag,
    },
    query,
  );
  return { items: rows.map(toPostSummary), total, page: query.page, pageSize: query.pageSize };
}

/** Editors draft blog posts; a member's discussion is published at once. */
export async function createPost(
  db: Db,
  ctx: RequestContext,
  input: CreateCommunityPostRequest,
  now = new Date(),
): Promise<CommunityPostDetail> {
  const standing = await requireMember(db, ctx, WRITE_NEEDS_MEMBER_MESSAGE);
  if (!mayWritePost(standing, input.kind)) throw forbidden('Only community editors can write blog posts');
  // The guest-author rule was checked with the request (CreateCommunityPostRequest).
  const guestAuthor = input.guestAuthor?.trim() || null;
  const discussion = input.kind === 'discussion';
  const id = await db.transaction(async (tx) => {
    const postId = await insertPost(tx, {
      kind: input.kind,
      title: input.title,
      authorUserId: standing.userId,
      guestAuthor,
      tags: [...new Set(input.tags)],
      summary: input.summary,
      bodyMarkdown: input.bodyMarkdown,
      visibility: input.visibility,
      status: discussion ? 'published' : 'draft',
      publishedAt: discussion ? now : null,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'community_post',
      recordId: postId,
      detail: { kind: input.kind },
    });
    return postId;
  });
  return getPost(db, ctx, id);
}

/** Editors edit blog posts; authors (and moderators) their discussions. Only fields sent change. */
export async function updatePost(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateCommunityPostRequest,
): Promise<CommunityPostDetail> {
  const standing = await requireMember(db, ctx, WRITE_NEEDS_MEMBER_MESSAGE);
  const found = await loadReadablePost(db, standing, id);
  if (!mayEditPost(standing, found.post)) throw forbidden('You cannot edit this post');
  // An edit cannot change the kind, so the guest-author rule is checked against the stored one.
  const guestProblem = input.guestAuthor === undefined ? null : guestAuthorProblem(found.post.kind, input.guestAuthor);
  if (guestProblem) throw validationError('guestAuthor', guestProblem);
  const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  if (changes.tags) changes.tags = [...new Set(changes.tags as string[])];
  await db.transaction(async (tx) => {
    await updatePostRow(tx, id, changes);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'community_post',
      recordId: id,
      detail: { fields: Object.keys(changes) },
    });
  });
  return getPost(db, ctx, id);
}

/** An editor publishes a draft; publishing a published post changes nothing. */
export async function publishPost(db: Db, ctx: RequestContext, id: string, now = new Date()): Promise<CommunityPostDetail> {
  const standing = await requireMember(db, ctx, WRITE_NEEDS_MEMBER_MESSAGE);
  const found = await loadReadablePost(db, standing, id);
  if (!mayEditPost(standing, found.post)) throw forbidden('Only community editors can publish blog posts');
  if (found.post.status !== 'published') {
    await db.transaction(async (tx) => {
      await updatePostRow(tx, id, { status: 'published', publishedAt: now });
      await recordAudit(tx, ctx, {
        action: 'state_change',
        recordType: 'community_post',
        recordId: id,
        detail: { to: 'published' },
      });
    });
  }
  return getPost(db, ctx, id);
}

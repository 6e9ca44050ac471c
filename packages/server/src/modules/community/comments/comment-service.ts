import { randomUUID } from 'node:crypto';
import {
  COMMENT_NEEDS_MEMBER_MESSAGE,
  COMMUNITY_COMMENT_EDIT_MINUTES,
  type CommunityComment,
  type CommunityCommentList,
  type CommunityCommentListQuery,
  type CreateCommunityCommentRequest,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db } from '../../../db/client.ts';
import { conflict, forbidden, notFound, validationError } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { type CommunityStanding, requireMember, standingOf } from '../community-policy.ts';
import { loadReadablePost } from '../posts/post-service.ts';
import {
  type CommentWithAuthor,
  findComment,
  insertComment,
  listThreadRows,
  recentCommentsBy,
  reportedBy,
  updateCommentRow,
} from './comment-repository.ts';
import { assertFewLinks, assertMayComment, DUPLICATE_WINDOW_MS } from './comment-spam-guard.ts';
import { editDeadline, toCommentThreads, toCommentView } from './comment-view.ts';

interface Logger {
  info(details: object, message: string): void;
}

/** A published post the member may read, or 404. Comments live only on published posts. */
async function loadCommentablePost(db: Db, standing: CommunityStanding | null, postId: string) {
  const found = await loadReadablePost(db, standing, postId);
  if (found.post.status !== 'published') throw notFound('Post');
  return found;
}

/**
 * A member comments on a post, or replies to a comment. Threads are one level deep: a reply
 * to a reply is attached to the same top-level comment. Guarded against spam: a honeypot
 * (answered as if accepted, nothing kept), at most N links, at most N comments a minute (429),
 * and no identical comment twice within minutes.
 */
export async function createComment(
  db: Db,
  ctx: RequestContext,
  { postId, input, log, now = new Date() }: { postId: string; input: CreateCommunityCommentRequest; log: Logger; now?: Date },
): Promise<CommunityComment> {
  const standing = await requireMember(db, ctx, COMMENT_NEEDS_MEMBER_MESSAGE);
  await loadCommentablePost(db, standing, postId);
  if ((input.website ?? '').trim() !== '') {
    log.info({ spamGuard: 'honeypot' }, 'community comment dropped');
    return droppedComment(standing, { postId, input, authorName: ctx.actor?.displayName ?? '', now });
  }
  assertFewLinks(input.body);
  const parentId = input.parentId ? await topLevelParentOf(db, postId, input.parentId) : null;
  const created = await db.transaction(async (tx) => {
    const recent = await recentCommentsBy(tx, standing.userId, new Date(now.getTime() - DUPLICATE_WINDOW_MS));
    assertMayComment(input.body, recent, now);
    const row = await insertComment(tx, {
      postId,
      parentId,
      authorUserId: standing.userId,
      body: input.body,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'community_comment',
      recordId: row.id,
      detail: { postId, reply: parentId !== null },
    });
    return row;
  });
  return toCommentView({ comment: created, authorName: ctx.actor?.displayName ?? '' }, standing, new Set(), now);
}

/** The top-level comment a reply belongs under; 400 naming `parentId` if it is not on this post. */
async function topLevelParentOf(db: Db, postId: string, parentId: string): Promise<string> {
  const parent = await findComment(db, parentId);
  if (!parent || parent.comment.postId !== postId) {
    throw validationError('parentId', 'The comment you are replying to is not on this post');
  }
  if (parent.comment.hiddenAt) throw conflict('That comment was hidden by a moderator, so it cannot be replied to');
  return parent.comment.parentId ?? parent.comment.id;
}

/** What a bot that filled the honeypot is shown: a plausible comment that was never stored. */
function droppedComment(
  standing: CommunityStanding,
  { postId, input, authorName, now }: { postId: string; input: CreateCommunityCommentRequest; authorName: string; now: Date },
): CommunityComment {
  const comment: CommentWithAuthor['comment'] = {
    id: randomUUID(),
    postId,
    parentId: input.parentId ?? null,
    authorUserId: standing.userId,
    body: input.body,
    createdAt: now,
    editedAt: null,
    hiddenAt: null,
    hiddenByUserId: null,
    hiddenReason: null,
    moderatedAt: null,
  };
  return toCommentView({ comment, authorName }, standing, new Set(), now);
}

/**
 * The author edits their comment within the edit window (409 after it, and 409 once a
 * moderator has hidden it). The same link limit applies as when posting.
 */
export async function updateComment(
  db: Db,
  ctx: RequestContext,
  { commentId, body, now = new Date() }: { commentId: string; body: string; now?: Date },
): Promise<CommunityComment> {
  const standing = await requireMember(db, ctx, COMMENT_NEEDS_MEMBER_MESSAGE);
  const found = await findComment(db, commentId);
  if (!found) throw notFound('Comment');
  await loadCommentablePost(db, standing, found.comment.postId);
  if (found.comment.authorUserId !== standing.userId) throw forbidden('You can only edit your own comments');
  if (found.comment.hiddenAt) throw conflict('This comment was hidden by a moderator, so it can no longer be edited');
  if (now >= editDeadline(found.comment.createdAt)) {
    throw conflict(
      `Comments can only be edited for ${COMMUNITY_COMMENT_EDIT_MINUTES} minutes after posting, and that time has passed`,
    );
  }
  assertFewLinks(body);
  await db.transaction(async (tx) => {
    await updateCommentRow(tx, commentId, { body, editedAt: now });
    await recordAudit(tx, ctx, { action: 'update', recordType: 'community_comment', recordId: commentId });
  });
  const updated = { ...found, comment: { ...found.comment, body, editedAt: now } };
  return toCommentView(updated, standing, await reportedBy(db, standing.userId, [commentId]), now);
}

/** A post's comments: a page of top-level comments, oldest first, each with its replies. */
export async function listComments(
  db: Db,
  ctx: RequestContext,
  { postId, query, now = new Date() }: { postId: string; query: CommunityCommentListQuery; now?: Date },
): Promise<CommunityCommentList> {
  const standing = await standingOf(db, ctx);
  await loadCommentablePost(db, standing, postId);
  const { parents, replies, total, commentCount } = await listThreadRows(db, postId, query);
  const reported = standing
    ? await reportedBy(
        db,
        standing.userId,
        [...parents, ...replies].map((r) => r.comment.id),
      )
    : new Set<string>();
  const items = toCommentThreads(parents, replies, { standing, reportedByReader: reported, now });
  return { items, total, page: query.page, pageSize: query.pageSize, commentCount };
}

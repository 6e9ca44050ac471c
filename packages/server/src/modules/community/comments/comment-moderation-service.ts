import {
  COMMENT_NEEDS_MEMBER_MESSAGE,
  type CommunityMessage,
  type CommunityModeratedComment,
  type CommunityModeratedCommentList,
  type CommunityModerationQuery,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { conflict, forbidden, notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { type CommunityStanding, requireMember, requireModerator } from '../community-policy.ts';
import { loadReadablePost } from '../posts/post-service.ts';
import {
  type CommentRow,
  findComment,
  insertReport,
  listModerationRows,
  postTitleOf,
  reportedBy,
  reportsFor,
  updateCommentRow,
} from './comment-repository.ts';
import { toModeratedCommentView } from './comment-view.ts';

export const REPORTED_MESSAGE = 'Thank you. A moderator will look at this comment.';

/** Any member reports a comment they can read, once; their own comments they cannot report. */
export async function reportComment(
  db: Db,
  ctx: RequestContext,
  { commentId, reason, now = new Date() }: { commentId: string; reason: string; now?: Date },
): Promise<CommunityMessage> {
  const standing = await requireMember(db, ctx, 'You need to be a registered member to report a comment');
  const found = await findComment(db, commentId);
  if (!found) throw notFound('Comment');
  await loadReadablePost(db, standing, found.comment.postId);
  if (found.comment.authorUserId === standing.userId) throw forbidden('You cannot report your own comment');
  await db.transaction(async (tx) => {
    if (!(await insertReport(tx, { commentId, userId: standing.userId, reason, now }))) {
      throw conflict('You have already reported this comment');
    }
    await recordAudit(tx, ctx, { action: 'create', recordType: 'community_comment_report', recordId: commentId });
  });
  return { message: REPORTED_MESSAGE };
}

/** A moderator hides a comment: others then see only that it was hidden. Audited. */
export function hideComment(
  db: Db,
  ctx: RequestContext,
  { commentId, reason, now = new Date() }: { commentId: string; reason: string; now?: Date },
): Promise<CommunityModeratedComment> {
  return decideOnComment(db, ctx, {
    commentId,
    now,
    to: 'hidden',
    action: 'hide comments',
    hiding: (comment, standing) => ({
      hiddenAt: comment.hiddenAt ?? now,
      hiddenByUserId: comment.hiddenByUserId ?? standing.userId,
      hiddenReason: reason || null,
    }),
  });
}

/**
 * A moderator restores a hidden comment, or keeps a reported one visible: either way the
 * reports so far are dealt with and it leaves the "pending" list. Audited.
 */
export function restoreComment(
  db: Db,
  ctx: RequestContext,
  commentId: string,
  now = new Date(),
): Promise<CommunityModeratedComment> {
  return decideOnComment(db, ctx, {
    commentId,
    now,
    to: 'visible',
    action: 'restore comments',
    hiding: () => ({ hiddenAt: null, hiddenByUserId: null, hiddenReason: null }),
  });
}

type Hiding = Pick<CommentRow, 'hiddenAt' | 'hiddenByUserId' | 'hiddenReason'>;

/**
 * A moderator's decision on a comment: its hidden state as decided, the reports so far dealt
 * with (moderatedAt), and the change audited.
 */
async function decideOnComment(
  db: Db,
  ctx: RequestContext,
  decision: {
    commentId: string;
    now: Date;
    to: 'hidden' | 'visible';
    /** What the moderator is doing, for the refusal to a non-moderator. */
    action: string;
    hiding: (comment: CommentRow, standing: CommunityStanding) => Hiding;
  },
): Promise<CommunityModeratedComment> {
  const { commentId, now } = decision;
  const standing = await requireMember(db, ctx, COMMENT_NEEDS_MEMBER_MESSAGE);
  requireModerator(standing, decision.action);
  const found = await findComment(db, commentId);
  if (!found) throw notFound('Comment');
  await db.transaction(async (tx) => {
    await updateCommentRow(tx, commentId, { ...decision.hiding(found.comment, standing), moderatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'community_comment',
      recordId: commentId,
      detail: { to: decision.to, wasHidden: found.comment.hiddenAt !== null },
    });
  });
  return moderatedView(db, standing, commentId, now);
}

/** Comments for moderators to review: reported since the last decision (default), hidden, or ever reported. */
export async function listModeratedComments(
  db: Db,
  ctx: RequestContext,
  query: CommunityModerationQuery,
  now = new Date(),
): Promise<CommunityModeratedCommentList> {
  const standing = await requireMember(db, ctx, COMMENT_NEEDS_MEMBER_MESSAGE);
  requireModerator(standing, 'review reported comments');
  const { rows, total } = await listModerationRows(db, query.status, query);
  const ids = rows.map((r) => r.comment.id);
  const [reports, reported] = await Promise.all([reportsFor(db, ids), reportedBy(db, standing.userId, ids)]);
  const items = rows.map((row) =>
    toModeratedCommentView(
      row,
      { standing, reportedByReader: reported, now },
      {
        postTitle: row.postTitle,
        reports: reports.filter((r) => r.commentId === row.comment.id),
        pendingReportCount: row.pendingReportCount,
      },
    ),
  );
  return { items, total, page: query.page, pageSize: query.pageSize };
}

async function moderatedView(db: DbOrTx, standing: CommunityStanding, commentId: string, now: Date) {
  const found = await findComment(db, commentId);
  if (!found) throw notFound('Comment');
  const [reports, reported, postTitle] = await Promise.all([
    reportsFor(db, [commentId]),
    reportedBy(db, standing.userId, [commentId]),
    postTitleOf(db, found.comment.postId),
  ]);
  const pending = reports.filter((r) => !found.comment.moderatedAt || r.createdAt > found.comment.moderatedAt).length;
  return toModeratedCommentView(
    found,
    { standing, reportedByReader: reported, now },
    { postTitle, reports, pendingReportCount: pending },
  );
}

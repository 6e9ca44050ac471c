import {
  COMMUNITY_COMMENT_EDIT_MINUTES,
  type CommunityComment,
  type CommunityCommentThread,
  type CommunityModeratedComment,
} from '@kith/shared';
import type { CommunityStanding } from '../community-policy.ts';
import { mayReadHiddenComment } from '../community-policy.ts';
import type { CommentWithAuthor } from './comment-repository.ts';

const EDIT_WINDOW_MS = COMMUNITY_COMMENT_EDIT_MINUTES * 60_000;

/** Until when the author may edit a comment. */
export function editDeadline(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_MS);
}

/**
 * A comment as this reader may see it. A hidden comment's text goes only to its author and to
 * moderators; everyone else gets `body: null` (screens show "This comment was hidden by a
 * moderator"), so the text never reaches their browser.
 */
export function toCommentView(
  { comment, authorName }: CommentWithAuthor,
  reader: CommunityStanding | null,
  reportedByReader: Set<string>,
  now: Date,
): CommunityComment {
  const hidden = comment.hiddenAt !== null;
  const isMine = reader?.userId === comment.authorUserId;
  const deadline = editDeadline(comment.createdAt);
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    authorUserId: comment.authorUserId,
    authorName,
    body: hidden && !mayReadHiddenComment(reader, comment) ? null : comment.body,
    hidden,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    editableUntil: isMine && !hidden && now < deadline ? deadline.toISOString() : null,
    isMine,
    reportedByMe: reportedByReader.has(comment.id),
  };
}

/** Who is reading comments, which of them they reported, and when (for the edit window). */
export interface CommentReading {
  standing: CommunityStanding | null;
  reportedByReader: Set<string>;
  now: Date;
}

/** What moderators are told about a comment besides the comment itself. */
export interface CommentModeration {
  postTitle: string;
  reports: { reason: string; createdAt: Date }[];
  pendingReportCount: number;
}

/** A comment as moderators review it: its text even when hidden, the post it is on, and its reports. */
export function toModeratedCommentView(
  row: CommentWithAuthor,
  { standing, reportedByReader, now }: CommentReading,
  { postTitle, reports, pendingReportCount }: CommentModeration,
): CommunityModeratedComment {
  return {
    ...toCommentView(row, standing, reportedByReader, now),
    body: row.comment.body,
    postTitle,
    hiddenReason: row.comment.hiddenReason,
    hiddenAt: row.comment.hiddenAt?.toISOString() ?? null,
    reports: reports.map((r) => ({ reason: r.reason, reportedAt: r.createdAt.toISOString() })),
    pendingReportCount,
  };
}

/** Top-level comments, each with its replies, as this reader may see them. */
export function toCommentThreads(
  parents: CommentWithAuthor[],
  replies: CommentWithAuthor[],
  { standing, reportedByReader, now }: CommentReading,
): CommunityCommentThread[] {
  const view = (row: CommentWithAuthor) => toCommentView(row, standing, reportedByReader, now);
  return parents.map((parent) => ({
    ...view(parent),
    replies: replies.filter((r) => r.comment.parentId === parent.comment.id).map(view),
  }));
}

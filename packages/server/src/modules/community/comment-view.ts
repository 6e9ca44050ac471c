import { COMMUNITY_COMMENT_EDIT_MINUTES, type CommunityComment } from '@kith/shared';
import type { CommentWithAuthor } from './comment-repository.ts';
import type { CommunityStanding } from './community-policy.ts';
import { mayReadHiddenComment } from './community-policy.ts';

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

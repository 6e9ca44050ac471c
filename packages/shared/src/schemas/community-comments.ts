import { z } from 'zod';
import { Id, PageQuery, pageOf, text } from './common.ts';

/**
 * Comments on community posts: plain text (screens render them as text, never as HTML),
 * threaded one level. Replying to a reply attaches the new comment to the same top-level
 * comment, so a conversation stays together and nothing typed is refused for its place.
 */

/** What a visitor sees when they try to comment without being signed in as a member. */
export const COMMENT_NEEDS_MEMBER_MESSAGE = 'You need to be a registered member to comment';
/** What everyone but the author and moderators sees in place of a hidden comment. */
export const COMMUNITY_COMMENT_HIDDEN_TEXT = 'This comment was hidden by a moderator';
/** How long after posting the author may still edit a comment. */
export const COMMUNITY_COMMENT_EDIT_MINUTES = 15;
/** At most this many comments per member per minute (more are refused with 429). */
export const COMMUNITY_COMMENTS_PER_MINUTE = 5;
/** At most this many links in one comment: more looks like spam. */
export const COMMUNITY_COMMENT_MAX_LINKS = 2;
/** The same member posting the identical text again within this many minutes is refused. */
export const COMMUNITY_COMMENT_DUPLICATE_MINUTES = 10;
/** The longest comment, in characters. */
export const COMMUNITY_COMMENT_MAX_LENGTH = 5000;

const CommentBody = text(COMMUNITY_COMMENT_MAX_LENGTH, 'your comment');

/** Writing a comment. `parentId` replies to a comment; `website` is a honeypot people never see. */
export const CreateCommunityCommentRequest = z.object({
  body: CommentBody,
  parentId: Id.nullable().optional(),
  website: z.string().max(500).optional(),
});
/** Body of `POST /api/community/posts/:id/comments`. */
export type CreateCommunityCommentRequest = z.infer<typeof CreateCommunityCommentRequest>;

/** Editing a comment (the author, within {@link COMMUNITY_COMMENT_EDIT_MINUTES} minutes). */
export const UpdateCommunityCommentRequest = z.object({ body: CommentBody });
/** Body of `PATCH /api/community/comments/:id`. */
export type UpdateCommunityCommentRequest = z.infer<typeof UpdateCommunityCommentRequest>;

/** One comment as a reader sees it. */
export const CommunityComment = z.object({
  id: Id,
  postId: Id,
  /** The top-level comment this replies to; null for a top-level comment. */
  parentId: Id.nullable(),
  authorUserId: Id,
  authorName: z.string(),
  /**
   * The text, or null when a moderator hid it and the reader is neither its author nor a
   * moderator: show {@link COMMUNITY_COMMENT_HIDDEN_TEXT} instead.
   */
  body: z.string().nullable(),
  hidden: z.boolean(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  /** Until when the reader may edit it: set only on the reader's own visible comment still in the window. */
  editableUntil: z.iso.datetime().nullable(),
  isMine: z.boolean(),
  reportedByMe: z.boolean(),
});
/** See {@link CommunityComment}. */
export type CommunityComment = z.infer<typeof CommunityComment>;

/** A top-level comment with its replies, oldest first. */
export const CommunityCommentThread = CommunityComment.extend({ replies: z.array(CommunityComment) });
/** See {@link CommunityCommentThread}. */
export type CommunityCommentThread = z.infer<typeof CommunityCommentThread>;

/** Query of `GET /api/community/posts/:id/comments`: pages of top-level comments, oldest first. */
export const CommunityCommentListQuery = PageQuery;
/** See {@link CommunityCommentListQuery}. */
export type CommunityCommentListQuery = z.infer<typeof CommunityCommentListQuery>;

/** A page of threads; `total` counts top-level comments, `commentCount` every comment including replies. */
export const CommunityCommentList = pageOf(CommunityCommentThread).extend({ commentCount: z.number().int() });
/** See {@link CommunityCommentList}. */
export type CommunityCommentList = z.infer<typeof CommunityCommentList>;

/** Reporting a comment for moderation, with an optional reason. Once per member per comment. */
export const CommunityCommentReportRequest = z.object({
  reason: z.string().trim().max(1000, { message: 'The reason must be 1000 characters or fewer' }).default(''),
});
/** Body of `POST /api/community/comments/:id/report`. */
export type CommunityCommentReportRequest = z.infer<typeof CommunityCommentReportRequest>;

/** A moderator hiding a comment, with an optional note for other moderators. */
export const CommunityCommentHideRequest = z.object({
  reason: z.string().trim().max(500, { message: 'The reason must be 500 characters or fewer' }).default(''),
});
/** Body of `POST /api/community/comments/:id/hide`. */
export type CommunityCommentHideRequest = z.infer<typeof CommunityCommentHideRequest>;

/** Which comments the moderation list shows. `pending`: reported since the last moderator decision. */
export const COMMUNITY_MODERATION_FILTERS = ['pending', 'hidden', 'reported'] as const;
/** Query of `GET /api/community/moderation/comments`. */
export const CommunityModerationQuery = PageQuery.extend({ status: z.enum(COMMUNITY_MODERATION_FILTERS).default('pending') });
/** See {@link CommunityModerationQuery}. */
export type CommunityModerationQuery = z.infer<typeof CommunityModerationQuery>;

/** A report as moderators see it: the reporter stays anonymous. */
export const CommunityCommentReport = z.object({ reason: z.string(), reportedAt: z.iso.datetime() });
export type CommunityCommentReport = z.infer<typeof CommunityCommentReport>;

/** A reported or hidden comment for moderators: always with its text. */
export const CommunityModeratedComment = CommunityComment.extend({
  body: z.string(),
  postTitle: z.string(),
  hiddenReason: z.string().nullable(),
  hiddenAt: z.iso.datetime().nullable(),
  reports: z.array(CommunityCommentReport),
  /** Reports made since the last moderator decision. */
  pendingReportCount: z.number().int(),
});
/** See {@link CommunityModeratedComment}. */
export type CommunityModeratedComment = z.infer<typeof CommunityModeratedComment>;

/** A page of comments for moderators, most recently reported first. */
export const CommunityModeratedCommentList = pageOf(CommunityModeratedComment);
/** See {@link CommunityModeratedCommentList}. */
export type CommunityModeratedCommentList = z.infer<typeof CommunityModeratedCommentList>;

import {
  CommunityComment,
  CommunityCommentHideRequest,
  CommunityCommentList,
  CommunityCommentListQuery,
  CommunityCommentReportRequest,
  CommunityMessage,
  CommunityModeratedComment,
  CommunityModeratedCommentList,
  CommunityModerationQuery,
  CreateCommunityCommentRequest,
  IdParams,
  UpdateCommunityCommentRequest,
} from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import { hideComment, listModeratedComments, reportComment, restoreComment } from './comment-moderation-service.ts';
import { createComment, listComments, updateComment } from './comment-service.ts';

/** Comments on posts (members), reporting (members) and moderation (moderators). */
export async function commentRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['community'];

  app.get(
    '/api/community/posts/:id/comments',
    {
      schema: {
        tags,
        summary: 'A post’s comments: top-level comments oldest first, each with its replies; hidden ones without their text',
        params: IdParams,
        querystring: CommunityCommentListQuery,
        response: { 200: CommunityCommentList },
      },
    },
    async (request) => listComments(db, request.ctx, { postId: request.params.id, query: request.query }),
  );

  app.post(
    '/api/community/posts/:id/comments',
    {
      schema: {
        tags,
        summary:
          'Comment on a post, or reply with parentId (a reply to a reply joins the same top-level comment). Members; rate-limited (429) and spam-guarded',
        params: IdParams,
        body: CreateCommunityCommentRequest,
        response: { 201: CommunityComment },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createComment(db, request.ctx, { postId: request.params.id, input: request.body, log: request.log })),
  );

  app.patch(
    '/api/community/comments/:id',
    {
      schema: {
        tags,
        summary: 'Edit your comment within 15 minutes of posting (409 after)',
        params: IdParams,
        body: UpdateCommunityCommentRequest,
        response: { 200: CommunityComment },
      },
    },
    async (request) => updateComment(db, request.ctx, { commentId: request.params.id, body: request.body.body }),
  );

  app.post(
    '/api/community/comments/:id/report',
    {
      schema: {
        tags,
        summary: 'Report a comment to the moderators (members; once per comment, 409 the second time)',
        params: IdParams,
        body: CommunityCommentReportRequest,
        response: { 201: CommunityMessage },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reportComment(db, request.ctx, { commentId: request.params.id, reason: request.body.reason })),
  );

  app.get(
    '/api/community/moderation/comments',
    {
      schema: {
        tags,
        summary: 'Comments for moderators: reported since the last decision (pending), hidden, or ever reported',
        querystring: CommunityModerationQuery,
        response: { 200: CommunityModeratedCommentList },
      },
    },
    async (request) => listModeratedComments(db, request.ctx, request.query),
  );

  app.post(
    '/api/community/comments/:id/hide',
    {
      schema: {
        tags,
        summary: 'Hide a comment (moderators); others see "This comment was hidden by a moderator"',
        params: IdParams,
        body: CommunityCommentHideRequest,
        response: { 200: CommunityModeratedComment },
      },
    },
    async (request) => hideComment(db, request.ctx, { commentId: request.params.id, reason: request.body.reason }),
  );

  app.post(
    '/api/community/comments/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a hidden comment, or keep a reported one visible; either clears it from the pending list (moderators)',
        params: IdParams,
        response: { 200: CommunityModeratedComment },
      },
    },
    async (request) => restoreComment(db, request.ctx, request.params.id),
  );
}

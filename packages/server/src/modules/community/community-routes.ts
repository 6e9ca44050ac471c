import {
  CommunityMe,
  CommunityMemberParams,
  CommunityMessage,
  CommunityPostDetail,
  CommunityPostList,
  CommunityPostListQuery,
  CommunityRegisterRequest,
  CommunityRoles,
  CommunityVerifyRequest,
  CreateCommunityPostRequest,
  FavouriteList,
  IdParams,
  PageQuery,
  RatePostRequest,
  UpdateCommunityPostRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { commentRoutes } from './comment-routes.ts';
import { getCommunityMe } from './community-me.ts';
import { eventRoutes } from './event-routes.ts';
import { registerMember, setMemberRoles, verifyMember } from './member-service.ts';
import { createPost, getPost, listPosts, publishPost, updatePost } from './post-service.ts';
import { addFavourite, listFavourites, ratePost, removeFavourite } from './reaction-service.ts';
import { resourceRoutes } from './resource-routes.ts';

/** Registrations per IP address per window: room for a shared computer, not for a script. */
export const COMMUNITY_REGISTER_RATE_LIMIT = { max: 5, timeWindow: 10 * 60_000 } as const;
/** Verification attempts per IP address per window (a token cannot be guessed, but keep it cheap). */
export const COMMUNITY_VERIFY_RATE_LIMIT = { max: 20, timeWindow: 10 * 60_000 } as const;

/**
 * The community of practice: registration and verification (no sign-in), posts (public ones
 * readable by anyone), ratings and favourites (members); comments, the resources library and
 * events in their own route files. Who may do what: community-policy.ts.
 */
export async function communityRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['community'];
  await commentRoutes(app);
  await resourceRoutes(app);
  await eventRoutes(app);

  app.get(
    '/api/community/me',
    {
      schema: {
        tags,
        summary: 'Who I am in the community: visitor or member, and the editor and moderator flags',
        response: { 200: CommunityMe },
      },
    },
    async (request) => getCommunityMe(db, request.ctx),
  );

  app.post(
    '/api/community/register',
    {
      config: { rateLimit: COMMUNITY_REGISTER_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Register as a community member (no sign-in); a verification link is emailed. Rate-limited per IP.',
        body: CommunityRegisterRequest,
        response: { 202: CommunityMessage },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await registerMember(db, {
          requestId: request.id,
          input: request.body,
          publicUrl: app.kith.config.email.publicUrl,
          log: request.log,
        }),
      ),
  );

  app.post(
    '/api/community/verify',
    {
      config: { rateLimit: COMMUNITY_VERIFY_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Confirm a member’s email address with the token from the link',
        body: CommunityVerifyRequest,
        response: { 200: CommunityMessage },
      },
    },
    async (request) => verifyMember(db, request.id, request.body.token),
  );

  app.put(
    '/api/community/members/:userId/roles',
    {
      schema: {
        tags,
        summary: 'Make a user a community editor and/or moderator (admins)',
        params: CommunityMemberParams,
        body: CommunityRoles,
        response: { 200: CommunityRoles },
      },
    },
    async (request) => setMemberRoles(db, request.ctx, request.params.userId, request.body),
  );

  app.get(
    '/api/community/posts',
    {
      schema: {
        tags,
        summary: 'Published posts, newest first: public ones for everyone, members-only ones for members',
        querystring: CommunityPostListQuery,
        response: { 200: CommunityPostList },
      },
    },
    async (request) => listPosts(db, request.ctx, request.query),
  );

  app.post(
    '/api/community/posts',
    {
      schema: {
        tags,
        summary: 'Write a post: editors draft blog posts; members start discussions (published at once)',
        body: CreateCommunityPostRequest,
        response: { 201: CommunityPostDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createPost(db, request.ctx, request.body)),
  );

  app.get(
    '/api/community/posts/:id',
    {
      schema: {
        tags,
        summary: 'One post with its body as safe HTML, its rating, and the reader’s own rating and favourite',
        params: IdParams,
        response: { 200: CommunityPostDetail },
      },
    },
    async (request) => getPost(db, request.ctx, request.params.id),
  );

  app.patch(
    '/api/community/posts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a post',
        params: IdParams,
        body: UpdateCommunityPostRequest,
        response: { 200: CommunityPostDetail },
      },
    },
    async (request) => updatePost(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/community/posts/:id/publish',
    { schema: { tags, summary: 'Publish a draft (editors)', params: IdParams, response: { 200: CommunityPostDetail } } },
    async (request) => publishPost(db, request.ctx, request.params.id),
  );

  app.put(
    '/api/community/posts/:id/rating',
    {
      schema: {
        tags,
        summary: 'Rate a post 1–5 stars (members); rating again replaces your rating',
        params: IdParams,
        body: RatePostRequest,
        response: { 200: CommunityPostDetail },
      },
    },
    async (request) => {
      await ratePost(db, request.ctx, request.params.id, request.body.stars);
      return getPost(db, request.ctx, request.params.id);
    },
  );

  app.put(
    '/api/community/posts/:id/favourite',
    { schema: { tags, summary: 'Save a post to my favourites', params: IdParams } },
    async (request, reply) => {
      await addFavourite(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/community/posts/:id/favourite',
    { schema: { tags, summary: 'Remove a post from my favourites', params: IdParams } },
    async (request, reply) => {
      await removeFavourite(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/community/favourites',
    {
      schema: {
        tags,
        summary: 'My favourite posts, most recently saved first, a page at a time',
        querystring: PageQuery,
        response: { 200: FavouriteList },
      },
    },
    async (request) => listFavourites(db, request.ctx, request.query),
  );
}

import {
  CommunityPostDetail,
  CommunityPostList,
  CommunityPostListQuery,
  CreateCommunityPostRequest,
  FavouriteList,
  IdParams,
  PageQuery,
  RatePostRequest,
  UpdateCommunityPostRequest,
} from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import { createPost, getPost, listPosts, publishPost, updatePost } from './post-service.ts';
import { addFavourite, listFavourites, ratePost, removeFavourite } from './reaction-service.ts';

/**
 * Posts (public ones readable by anyone), ratings and favourites (members). Who may do what:
 * ../community-policy.ts.
 */
export async function postRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['community'];

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
      await ratePost(db, request.ctx, { postId: request.params.id, stars: request.body.stars });
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

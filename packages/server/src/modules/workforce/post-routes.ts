import {
  CreatePostRequest,
  IdParams,
  PostList,
  PostListQuery,
  PostOptions,
  PostPageQuery,
  UpdatePostRequest,
  WorkforcePcnList,
  WorkforcePost,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { createPost, getPost, listPcnPosts, listWorkforcePcns, postOptions, updateWorkforcePost } from './post-service.ts';

/** A PCN's link worker (and other ARRS) posts: PCN managers manage them, supervisors read them. */
export async function postRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['workforce'];

  app.get(
    '/api/workforce/pcns',
    { schema: { tags, summary: 'PCNs whose workforce I may plan or read', response: { 200: WorkforcePcnList } } },
    async (request) => listWorkforcePcns(db, request.ctx),
  );

  app.get(
    '/api/workforce/posts',
    { schema: { tags, summary: "A PCN's posts, a page at a time", querystring: PostPageQuery, response: { 200: PostList } } },
    async (request) => listPcnPosts(db, request.ctx, request.query),
  );

  app.get(
    '/api/workforce/post-options',
    {
      schema: {
        tags,
        summary: 'Employers (practices and VCSE organisations serving the PCN) and people a post may name',
        querystring: PostListQuery,
        response: { 200: PostOptions },
      },
    },
    async (request) => postOptions(db, request.ctx, request.query.pcnId),
  );

  app.post(
    '/api/workforce/posts',
    { schema: { tags, summary: 'Add a post to a PCN', body: CreatePostRequest, response: { 201: WorkforcePost } } },
    async (request, reply) => reply.status(201).send(await createPost(db, request.ctx, request.body)),
  );

  app.get(
    '/api/workforce/posts/:id',
    { schema: { tags, summary: 'One post', params: IdParams, response: { 200: WorkforcePost } } },
    async (request) => getPost(db, request.ctx, request.params.id),
  );

  app.put(
    '/api/workforce/posts/:id',
    {
      schema: {
        tags,
        summary: "Replace a post's details",
        params: IdParams,
        body: UpdatePostRequest,
        response: { 200: WorkforcePost },
      },
    },
    async (request) => updateWorkforcePost(db, request.ctx, request.params.id, request.body),
  );
}

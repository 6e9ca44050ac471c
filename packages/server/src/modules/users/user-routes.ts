import {
  CreateUserRequest,
  IdParams,
  ReplaceMembershipsRequest,
  UpdateUserRequest,
  User,
  UserListQuery,
  UserPage,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { createUser, getManagedUser, listManagedUsers, replaceUserMemberships, updateUser } from './user-service.ts';

export async function userRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['users'];

  app.get(
    '/api/users',
    { schema: { tags, summary: 'Users you administer', querystring: UserListQuery, response: { 200: UserPage } } },
    async (request) => listManagedUsers(db, request.ctx, request.query),
  );

  app.get('/api/users/:id', { schema: { tags, params: IdParams, response: { 200: User } } }, async (request) =>
    getManagedUser(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/users',
    { schema: { tags, summary: 'Create a user with their roles', body: CreateUserRequest, response: { 201: User } } },
    async (request, reply) => reply.status(201).send(await createUser(db, request.ctx, request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change, reset the password of, or deactivate a user',
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: User },
      },
    },
    async (request) => updateUser(db, request.ctx, request.params.id, request.body),
  );

  app.put(
    '/api/users/:id/memberships',
    {
      schema: {
        tags,
        summary: "Replace a user's roles in the organisations you administer",
        params: IdParams,
        body: ReplaceMembershipsRequest,
        response: { 200: User },
      },
    },
    async (request) => replaceUserMemberships(db, request.ctx, request.params.id, request.body),
  );
}

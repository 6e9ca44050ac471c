import type {
  CreateUserRequest,
  ReplaceMembershipsRequest,
  UpdateUserRequest,
  User,
  UserListQuery,
  UserPage,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { type OrgScope, scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { hashPassword } from '../session/password-hasher.ts';
import { deleteSessionsOfUser } from '../session/session-repository.ts';
import { assertGrantsInScope, assertNotSelfLockout, assertUserInScope } from './user-policy.ts';
import {
  findUser,
  findUserIdByEmail,
  insertUser,
  listUsers,
  replaceMembershipsWithin,
  updateUserRow,
} from './user-repository.ts';
import { toUser } from './user-view.ts';

export async function listManagedUsers(db: Db, ctx: RequestContext, query: UserListQuery): Promise<UserPage> {
  const scope = await scopeFor(db, ctx, 'users:read');
  const { items, total } = await listUsers(db, { organisationIds: scope.organisationIds, ...query });
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'user',
    via: scope.via,
    detail: { count: items.length, page: query.page },
  });
  return { items: items.map(toUser), total, page: query.page, pageSize: query.pageSize };
}

export async function getManagedUser(db: Db, ctx: RequestContext, id: string): Promise<User> {
  const scope = await scopeFor(db, ctx, 'users:read');
  await assertUserInScope(db, scope, id);
  const user = await mustFind(db, scope, id);
  await recordAudit(db, ctx, { action: 'read', recordType: 'user', recordId: id, via: scope.via });
  return user;
}

export async function createUser(db: Db, ctx: RequestContext, input: CreateUserRequest): Promise<User> {
  const scope = await scopeFor(db, ctx, 'users:manage');
  assertGrantsInScope(scope, input.memberships);
  await assertEmailFree(db, input.email, null);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const newId = await insertUser(tx, { email: input.email, displayName: input.displayName, passwordHash });
    await replaceMembershipsWithin(tx, newId, [], input.memberships);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'user',
      recordId: newId,
      via: scope.via,
      detail: { roles: input.memberships.map((m) => m.role) },
    });
    return newId;
  });
  return mustFind(db, scope, id);
}

export async function updateUser(db: Db, ctx: RequestContext, id: string, input: UpdateUserRequest): Promise<User> {
  const scope = await scopeFor(db, ctx, 'users:manage');
  await assertUserInScope(db, scope, id);
  assertNotSelfLockout(ctx, id, { active: input.active });
  if (input.email) await assertEmailFree(db, input.email, id);
  const { password, ...columns } = input;
  const passwordHash = password ? await hashPassword(password) : undefined;
  const current = await mustFind(db, scope, id);
  await db.transaction(async (tx) => {
    await updateUserRow(tx, id, passwordHash ? { ...columns, passwordHash } : columns);
    // A deactivated account, or one whose password was reset, must not keep live sessions.
    if (input.active === false || passwordHash) await deleteSessionsOfUser(tx, id);
    const stateChanged = input.active !== undefined && input.active !== current.active;
    await recordAudit(tx, ctx, {
      action: stateChanged ? 'state_change' : 'update',
      recordType: 'user',
      recordId: id,
      via: scope.via,
      detail: { fields: Object.keys(input) },
    });
  });
  return mustFind(db, scope, id);
}

export async function replaceUserMemberships(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ReplaceMembershipsRequest,
): Promise<User> {
  const scope = await scopeFor(db, ctx, 'users:manage');
  await assertUserInScope(db, scope, id);
  assertGrantsInScope(scope, input.memberships);
  assertNotSelfLockout(ctx, id, { grants: input.memberships });
  await db.transaction(async (tx) => {
    await replaceMembershipsWithin(tx, id, scope.organisationIds, input.memberships);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'user',
      recordId: id,
      via: scope.via,
      detail: { fields: ['memberships'], roles: input.memberships.map((m) => m.role) },
    });
  });
  return mustFind(db, scope, id);
}

async function assertEmailFree(db: DbOrTx, email: string, exceptId: string | null): Promise<void> {
  const existing = await findUserIdByEmail(db, email);
  if (existing && existing !== exceptId) throw conflict('A user with this email address already exists');
}

async function mustFind(db: DbOrTx, scope: OrgScope, id: string): Promise<User> {
  const found = await findUser(db, id, scope.organisationIds);
  if (!found) throw notFound('User');
  return toUser(found);
}

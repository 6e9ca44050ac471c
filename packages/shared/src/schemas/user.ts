import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { Email, Id, PageQuery, pageOf, text } from './common.ts';
import { MembershipView } from './session.ts';

/**
 * Password rule for local accounts: long rather than complex (NCSC guidance), bounded so
 * hashing cannot be used to exhaust the server.
 */
export const NewPassword = z
  .string()
  .min(12, { message: 'Password must be at least 12 characters' })
  .max(256, { message: 'Password must be 256 characters or fewer' });
export type NewPassword = z.infer<typeof NewPassword>;

/** A role to grant in an organisation. */
export const MembershipGrant = z.object({
  organisationId: z.uuid({ message: 'Choose an organisation' }),
  role: z.enum(ROLES, { message: 'Choose a role' }),
});
export type MembershipGrant = z.infer<typeof MembershipGrant>;

/** A user account as returned by the admin API. */
export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  memberships: z.array(MembershipView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof User>;

/** `POST /api/users` body. */
export const CreateUserRequest = z.object({
  email: Email,
  displayName: text(200, 'a name'),
  password: NewPassword,
  memberships: z.array(MembershipGrant).min(1, { message: 'Give the user at least one role' }).max(50),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

/** `PATCH /api/users/:id` body: only the fields sent change. Deactivating ends their sessions. */
export const UpdateUserRequest = z.object({
  email: Email.optional(),
  displayName: text(200, 'a name').optional(),
  password: NewPassword.optional(),
  active: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

/** `PUT /api/users/:id/memberships` body: the complete new set of roles. */
export const ReplaceMembershipsRequest = z.object({
  memberships: z.array(MembershipGrant).min(1, { message: 'Give the user at least one role' }).max(50),
});
export type ReplaceMembershipsRequest = z.infer<typeof ReplaceMembershipsRequest>;

/** `GET /api/users` query. */
export const UserListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  organisationId: Id.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserPage = pageOf(User);
export type UserPage = z.infer<typeof UserPage>;

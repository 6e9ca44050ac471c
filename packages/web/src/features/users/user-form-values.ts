import {
  CreateUserRequest,
  NewPassword,
  ReplaceMembershipsRequest,
  type UpdateUserRequest,
  UpdateUserRequest as UpdateUserSchema,
  type User,
} from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';
import { type MembershipRow, newMembershipRow, toMembershipGrants } from './membership-rows.ts';

/** The "create user" form as typed. */
export interface CreateUserValues {
  displayName: string;
  email: string;
  password: string;
  memberships: MembershipRow[];
}

export function emptyCreateUser(): CreateUserValues {
  return { displayName: '', email: '', password: '', memberships: [newMembershipRow()] };
}

/** The role rows top to bottom, as many as the schema allows (50). */
export const MEMBERSHIPS_FIELD_ORDER = [
  'memberships',
  ...Array.from({ length: 50 }, (_, index) => [`memberships.${index}.organisationId`, `memberships.${index}.role`]).flat(),
];

export const CREATE_USER_FIELD_ORDER = ['displayName', 'email', 'password', ...MEMBERSHIPS_FIELD_ORDER];

/** Checks the "create user" form with the shared schema: `POST /api/users`. */
export function buildCreateUserRequest(values: CreateUserValues): Checked<CreateUserRequest> {
  return validateWith(CreateUserRequest, {
    displayName: values.displayName,
    email: values.email,
    password: values.password,
    memberships: toMembershipGrants(values.memberships),
  });
}

export interface UserDetailsValues {
  displayName: string;
  email: string;
}

export const USER_DETAILS_FIELD_ORDER = ['displayName', 'email'] as const;

/** Only what changed from the saved `user` is sent; `{}` means nothing to save. */
export function buildUserDetailsRequest(
  user: Pick<User, 'displayName' | 'email'>,
  values: UserDetailsValues,
): Checked<UpdateUserRequest> {
  const changes: UpdateUserRequest = {};
  if (values.displayName !== user.displayName) changes.displayName = values.displayName;
  if (values.email !== user.email) changes.email = values.email;
  return validateWith(UpdateUserSchema, changes);
}

export interface UserPasswordValues {
  password: string;
}

export const USER_PASSWORD_FIELD_ORDER = ['password'] as const;

/** A new password on its own, its problems named for the one box. */
export function buildPasswordRequest(values: UserPasswordValues): Checked<UpdateUserRequest> {
  const checked = validateWith(NewPassword, values.password);
  if (!checked.ok) return { ok: false, issues: checked.issues.map((issue) => ({ ...issue, path: 'password' })) };
  return { ok: true, data: { password: checked.data } };
}

export interface UserRolesValues {
  memberships: MembershipRow[];
}

export function userRolesValues(user: Pick<User, 'memberships'>): UserRolesValues {
  return {
    memberships:
      user.memberships.length > 0 ? user.memberships.map((membership) => newMembershipRow(membership)) : [newMembershipRow()],
  };
}

/** The complete new set of roles: `PUT /api/users/:id/memberships`. */
export function buildRolesRequest(values: UserRolesValues): Checked<ReplaceMembershipsRequest> {
  return validateWith(ReplaceMembershipsRequest, { memberships: toMembershipGrants(values.memberships) });
}

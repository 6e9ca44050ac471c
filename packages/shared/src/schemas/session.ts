import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../roles.ts';
import { Email, Id } from './common.ts';

/** `POST /api/session` body. The password is not trimmed: spaces are part of it. */
export const SignInRequest = z.object({
  email: Email,
  password: z.string().min(1, { message: 'Enter your password' }).max(256),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** A role held in one organisation, as shown to the signed-in user. */
export const MembershipView = z.object({
  organisationId: Id,
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  role: z.enum(ROLES),
});
export type MembershipView = z.infer<typeof MembershipView>;

/**
 * `GET /api/me` and `POST /api/session` response. `csrfToken` must be sent back in the
 * `X-CSRF-Token` header on every cookie-authenticated write.
 */
export const MeResponse = z.object({
  user: z.object({ id: Id, email: z.string(), displayName: z.string() }),
  memberships: z.array(MembershipView),
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type MeResponse = z.infer<typeof MeResponse>;

/** Header carrying the CSRF token on writes. */
export const CSRF_HEADER = 'x-csrf-token';

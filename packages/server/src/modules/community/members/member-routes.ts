import {
  CommunityMe,
  CommunityMemberParams,
  CommunityMessage,
  CommunityRegisterRequest,
  CommunityRoles,
  CommunityVerifyRequest,
} from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import { getCommunityMe } from './community-me.ts';
import { registerMember, setMemberRoles, verifyMember } from './member-service.ts';

/** Registrations per IP address per window: room for a shared computer, not for a script. */
export const COMMUNITY_REGISTER_RATE_LIMIT = { max: 5, timeWindow: 10 * 60_000 } as const;
/** Verification attempts per IP address per window (a token cannot be guessed, but keep it cheap). */
export const COMMUNITY_VERIFY_RATE_LIMIT = { max: 20, timeWindow: 10 * 60_000 } as const;

/**
 * Community membership: who I am in the community, registration and verification (no sign-in),
 * and the editor and moderator roles (admins). Who may do what: ../community-policy.ts.
 */
export async function memberRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['community'];

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
}

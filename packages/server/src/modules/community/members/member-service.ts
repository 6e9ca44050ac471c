import { createHash, randomBytes } from 'node:crypto';
import {
  COMMUNITY_VERIFICATION_HOURS,
  type CommunityMessage,
  type CommunityRegisterRequest,
  type CommunityRoles,
} from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../../access/actor.ts';
import { scopeFor } from '../../../access/org-scope.ts';
import type { Db, Tx } from '../../../db/client.ts';
import { users } from '../../../db/schema/index.ts';
import { notFound, validationError } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { sendEmail } from '../../outbox/outbox-service.ts';
import { hashPassword } from '../../session/password-hasher.ts';
import { insertUser } from '../../users/user-repository.ts';
import { findProfile, findProfileByTokenHash, findUserByEmail, insertProfile, updateProfile } from './member-repository.ts';

/** The answer to every registration, new email or not, so it never reveals who has an account. */
export const REGISTERED_MESSAGE = `Check your email: we have sent you a link to confirm your address. It works for ${COMMUNITY_VERIFICATION_HOURS} hours.`;
export const VERIFIED_MESSAGE = 'Your email address is confirmed. You can now sign in.';
const EXPIRED_LINK_MESSAGE = 'This link has expired or has already been used. Register again to get a new one.';

/** A verification token (256 bits, URL-safe) and the hash that is all the database keeps. */
function newVerificationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashVerificationToken(token) };
}

function hashVerificationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface RegisterRequest {
  requestId: string;
  input: CommunityRegisterRequest;
  publicUrl: string;
  log: { info(details: object, message: string): void };
}

/**
 * Registers a community member: a user with no memberships (so no access to anyone's records),
 * a profile with an unverified email, and the verification email in the outbox — one
 * transaction. An email that already has an account gets a new link (if still unverified) or a
 * note that they have an account; the answer is the same either way.
 */
export async function registerMember(db: Db, request: RegisterRequest, now = new Date()): Promise<CommunityMessage> {
  const { input } = request;
  if ((input.website ?? '').trim() !== '') {
    request.log.info({ spamGuard: 'honeypot' }, 'community registration dropped');
    return { message: REGISTERED_MESSAGE };
  }
  const ctx: RequestContext = { actor: null, requestId: request.requestId };
  const passwordHash = await hashPassword(input.password);
  const { token, tokenHash } = newVerificationToken();
  const expiresAt = new Date(now.getTime() + COMMUNITY_VERIFICATION_HOURS * 3_600_000);
  const link = `${request.publicUrl}/community/verify?token=${token}`;
  await db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (!existing) {
      const userId = await insertUser(tx, { email: input.email, displayName: input.displayName, passwordHash });
      await insertProfile(tx, { userId, verificationTokenHash: tokenHash, verificationExpiresAt: expiresAt });
      await recordAudit(tx, ctx, { action: 'create', recordType: 'community_member', recordId: userId, actorUserId: userId });
      await sendVerificationEmail(tx, { to: input.email, name: input.displayName, link, now });
      return;
    }
    const profile = await findProfile(tx, existing.id);
    if (profile && !profile.emailVerifiedAt) {
      await updateProfile(tx, existing.id, { verificationTokenHash: tokenHash, verificationExpiresAt: expiresAt });
      await sendVerificationEmail(tx, { to: input.email, name: existing.displayName, link, now });
      return;
    }
    await sendEmail(
      tx,
      {
        to: input.email,
        subject: 'You already have a Kith account',
        textBody: `Hello ${existing.displayName},\n\nSomeone (probably you) tried to register for the Kith community with this email address, but it already has an account. Sign in at ${request.publicUrl}/sign-in, or ask your administrator to reset your password.\n\nIf this was not you, you can ignore this email.`,
      },
      now,
    );
  });
  return { message: REGISTERED_MESSAGE };
}

async function sendVerificationEmail(
  tx: Tx,
  { to, name, link, now }: { to: string; name: string; link: string; now: Date },
): Promise<void> {
  await sendEmail(
    tx,
    {
      to,
      subject: 'Confirm your email address for the Kith community',
      textBody: `Hello ${name},\n\nOpen this link to confirm your email address and finish registering:\n\n${link}\n\nThe link works for ${COMMUNITY_VERIFICATION_HOURS} hours. If you did not register, you can ignore this email.`,
    },
    now,
  );
}

/** Marks the member's email verified from the link's token; the token works once, for 24 hours. */
export async function verifyMember(db: Db, requestId: string, token: string, now = new Date()): Promise<CommunityMessage> {
  const ctx: RequestContext = { actor: null, requestId };
  await db.transaction(async (tx) => {
    const profile = await findProfileByTokenHash(tx, hashVerificationToken(token));
    if (!profile?.verificationExpiresAt || profile.verificationExpiresAt.getTime() <= now.getTime()) {
      throw validationError('token', EXPIRED_LINK_MESSAGE);
    }
    await updateProfile(tx, profile.userId, { emailVerifiedAt: now, verificationTokenHash: null, verificationExpiresAt: null });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'community_member',
      recordId: profile.userId,
      actorUserId: profile.userId,
      detail: { emailVerified: true },
    });
  });
  return { message: VERIFIED_MESSAGE };
}

/**
 * Admins make a user a community editor and/or moderator. A Kith user without a profile gets
 * one (verified: staff are members already); a self-registered member keeps their verification state.
 */
export async function setMemberRoles(
  db: Db,
  ctx: RequestContext,
  userId: string,
  roles: CommunityRoles,
): Promise<CommunityRoles> {
  const scope = await scopeFor(db, ctx, 'community:manage-members');
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1);
    if (!user) throw notFound('Member');
    const profile = await findProfile(tx, userId);
    if (profile) await updateProfile(tx, userId, roles);
    else await insertProfile(tx, { userId, emailVerifiedAt: new Date(), ...roles });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'community_member',
      recordId: userId,
      via: scope.via,
      detail: { isEditor: roles.isEditor, isModerator: roles.isModerator },
    });
  });
  return roles;
}

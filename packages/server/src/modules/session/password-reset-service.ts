import type { PasswordResetAnswer, PasswordResetCompletion } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { sendEmail } from '../outbox/outbox-service.ts';
import { updateUserRow } from '../users/user-repository.ts';
import { hashPassword } from './password-hasher.ts';
import {
  claimResetToken,
  countResetTokensSince,
  findUserForPasswordReset,
  insertResetToken,
  useOpenResetTokens,
} from './password-reset-repository.ts';
import { deleteSessionsOfUser } from './session-repository.ts';
import { hashSessionToken, newLinkToken } from './session-tokens.ts';
import { deleteAccountFailures } from './sign-in-throttle-repository.ts';

/** The answer to every request, known address or not, so it never reveals who has an account. */
export const RESET_REQUESTED_MESSAGE =
  'If there is a Kith account for this email address, we have sent it a link to reset the password.';
export const RESET_DONE_MESSAGE = 'Your password has been changed. Sign in with your new password.';
export const RESET_LINK_INVALID_MESSAGE =
  'This link has expired or has already been used. Ask for a new link to reset your password.';

/**
 * Reset emails one account may be sent per window, whoever asks: enough for a lost first email,
 * too few to flood someone's inbox. Past it the request is answered the same and nothing is sent.
 */
export const RESET_EMAILS_PER_ACCOUNT = 3;
export const RESET_EMAIL_WINDOW_MS = 60 * 60_000;

export interface PasswordResetSettings {
  /** How long a link works (`KITH_PASSWORD_RESET_MINUTES`). */
  linkMinutes: number;
  /** Base of the link, as for every other email link. */
  publicUrl: string;
}

export interface ResetRequestOptions {
  email: string;
  settings: PasswordResetSettings;
  now?: Date;
}

/**
 * Emails an active account a single-use link to `/reset-password`. An unknown, deactivated or
 * recently emailed address gets the same answer and no email; the audit record says which.
 */
export async function requestPasswordReset(
  db: Db,
  ctx: RequestContext,
  options: ResetRequestOptions,
): Promise<PasswordResetAnswer> {
  const { email, settings, now = new Date() } = options;
  const user = await findUserForPasswordReset(db, email);
  if (!user?.active) {
    await recordAudit(db, ctx, {
      action: 'create',
      recordType: 'password_reset',
      actorUserId: user?.id ?? null,
      detail: { sent: false, reason: user ? 'deactivated' : 'unknown_email' },
    });
    return { message: RESET_REQUESTED_MESSAGE };
  }
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + settings.linkMinutes * 60_000);
  await db.transaction(async (tx) => {
    const recent = await countResetTokensSince(tx, user.id, new Date(now.getTime() - RESET_EMAIL_WINDOW_MS));
    if (recent >= RESET_EMAILS_PER_ACCOUNT) {
      await recordAudit(tx, ctx, {
        action: 'create',
        recordType: 'password_reset',
        recordId: user.id,
        actorUserId: user.id,
        detail: { sent: false, reason: 'too_many_requests' },
      });
      return;
    }
    await insertResetToken(tx, { tokenHash, userId: user.id, createdAt: now, expiresAt });
    await sendEmail(
      tx,
      {
        to: email,
        subject: 'Reset your Kith password',
        textBody: `Hello ${user.displayName},\n\nSomeone (probably you) asked to reset the password of your Kith account. Open this link to choose a new password:\n\n${settings.publicUrl}/reset-password?token=${token}\n\nThe link works once, for ${settings.linkMinutes} minutes. If you did not ask, you can ignore this email: your password has not changed.`,
      },
      now,
    );
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'password_reset',
      recordId: user.id,
      actorUserId: user.id,
      detail: { sent: true },
    });
  });
  return { message: RESET_REQUESTED_MESSAGE };
}

/**
 * Sets a new password from a reset link. The link is used up with every other open link of the
 * account, every session of the account ends (whoever had it signed in must sign in again) and
 * sign-in throttling for the address is forgotten, all in one transaction.
 */
export async function completePasswordReset(
  db: Db,
  ctx: RequestContext,
  input: PasswordResetCompletion,
  now = new Date(),
): Promise<PasswordResetAnswer> {
  // Hashed before the transaction: argon2 is slow and PGlite runs one transaction at a time.
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashSessionToken(input.token);
  await db.transaction(async (tx) => {
    const user = await claimResetToken(tx, tokenHash, now);
    if (!user) throw validationError('token', RESET_LINK_INVALID_MESSAGE);
    await updateUserRow(tx, user.userId, { passwordHash });
    await useOpenResetTokens(tx, user.userId, now);
    await deleteSessionsOfUser(tx, user.userId);
    await deleteAccountFailures(tx, user.email);
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'password_reset',
      recordId: user.userId,
      actorUserId: user.userId,
      detail: { passwordChanged: true, sessionsEnded: true },
    });
  });
  return { message: RESET_DONE_MESSAGE };
}

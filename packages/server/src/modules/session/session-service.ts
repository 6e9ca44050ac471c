import { EMAIL_NOT_VERIFIED_MESSAGE, type SignInRequest } from '@kith/shared';
import type { Actor, RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { verifyPassword } from './password-hasher.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionActor,
  findUserForSignIn,
  insertSession,
  touchSession,
} from './session-repository.ts';
import { hashSessionToken, newCsrfToken, newSessionToken } from './session-tokens.ts';
import { purgeOldFailures, readThrottleState, reserveAttempt, secondsToWait, type ThrottlePolicy } from './sign-in-throttle.ts';
import { deleteClientFailures } from './sign-in-throttle-repository.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
  throttle: ThrottlePolicy;
}

/** The same words for an unknown email, a wrong password and a deactivated account. */
export const INVALID_CREDENTIALS_MESSAGE = 'Email or password is not right';

/**
 * Write `lastSeenAt` at most this often, so reads do not each cost a write — but always well
 * inside the idle timeout, or an active user would be signed out.
 */
const TOUCH_INTERVAL_MS = 60_000;
function touchIntervalMs(policy: SessionPolicy): number {
  return Math.min(TOUCH_INTERVAL_MS, policy.idleMinutes * 15_000);
}

export interface SignInResult {
  token: string;
  actor: Actor;
}

/** Who is signing in from where: `client` is the IP address throttling counts failures by. */
export interface SignInClient {
  client: string;
  userAgent: string | null;
}

export interface SignInOptions {
  credentials: SignInRequest;
  policy: SessionPolicy;
  from: SignInClient;
  now?: Date;
}

export async function signIn(db: Db, ctx: RequestContext, options: SignInOptions): Promise<SignInResult> {
  const { credentials: input, policy, from, now = new Date() } = options;
  const { client, userAgent } = from;
  const attempt = { email: input.email, client, now };
  // Checked before the password, so a throttled guess is never evaluated (and not counted).
  const state = await readThrottleState(db, attempt, policy.throttle);
  const wait = secondsToWait(state, now, policy.throttle);
  // An allowed attempt is counted as a failure before the password is checked (and cleared on
  // success), so a burst of simultaneous guesses from one client cannot share one reading.
  if (wait > 0 || !(await reserveAttempt(db, attempt, state))) {
    await recordAudit(db, ctx, { action: 'sign_in_failed', recordType: 'session', detail: { reason: 'throttled' } });
    throw tooManyAttempts(Math.max(wait, 1));
  }
  const user = await findUserForSignIn(db, input.email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user?.active || !passwordMatches) {
    // The failure was already counted by `reserveAttempt`.
    await recordAudit(db, ctx, {
      action: 'sign_in_failed',
      recordType: 'session',
      actorUserId: user?.id ?? null,
      detail: { reason: user ? (user.active ? 'wrong_password' : 'deactivated') : 'unknown_email' },
    });
    throw new AppError('invalid_credentials', INVALID_CREDENTIALS_MESSAGE);
  }
  // Checked only after the password matched, so it reveals nothing to someone guessing.
  if (user.emailUnverified) {
    // The right password is not a guess: forget the failure counted in advance.
    await deleteClientFailures(db, input.email, client);
    await recordAudit(db, ctx, {
      action: 'sign_in_failed',
      recordType: 'session',
      actorUserId: user.id,
      detail: { reason: 'email_not_verified' },
    });
    throw new AppError('forbidden', EMAIL_NOT_VERIFIED_MESSAGE);
  }

  const token = newSessionToken();
  const tokenHash = hashSessionToken(token);
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  const csrfToken = newCsrfToken();
  await db.transaction(async (tx) => {
    await deleteClientFailures(tx, input.email, client);
    await insertSession(tx, { tokenHash, userId: user.id, csrfToken, lastSeenAt: now, expiresAt, userAgent });
    await recordAudit(tx, ctx, { action: 'sign_in', recordType: 'session', recordId: user.id, actorUserId: user.id });
  });
  const actor = await resolveActor(db, token, policy, now);
  if (!actor) throw new AppError('internal', 'The new session could not be read back');
  return { token, actor };
}

/**
 * The actor behind a session cookie, or null when the session is unknown, expired (idle or
 * absolute) or its user deactivated. Expired sessions are deleted as they are found.
 */
export async function resolveActor(db: Db, token: string, policy: SessionPolicy, now = new Date()): Promise<Actor | null> {
  const tokenHash = hashSessionToken(token);
  const found = await findSessionActor(db, tokenHash);
  if (!found) return null;
  const idleDeadline = found.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (found.expiresAt.getTime() <= now.getTime() || idleDeadline <= now.getTime()) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (now.getTime() - found.lastSeenAt.getTime() > touchIntervalMs(policy)) await touchSession(db, tokenHash, now);
  return {
    userId: found.userId,
    email: found.email,
    displayName: found.displayName,
    memberships: found.memberships,
    sessionTokenHash: tokenHash,
    csrfToken: found.csrfToken,
    sessionExpiresAt: found.expiresAt,
  };
}

export async function signOut(db: Db, ctx: RequestContext): Promise<void> {
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionTokenHash);
    await recordAudit(tx, ctx, { action: 'sign_out', recordType: 'session', recordId: actor.userId });
  });
}

/** Housekeeping run on a timer by the server. */
export async function purgeExpiredSessions(db: Db, policy: SessionPolicy, now = new Date()): Promise<void> {
  await deleteExpiredSessions(db, now, new Date(now.getTime() - policy.idleMinutes * 60_000));
  await purgeOldFailures(db, now);
}

/** The words avoid "locked": only this client waits, and the account itself stays open. */
function tooManyAttempts(seconds: number): AppError {
  const minutes = Math.ceil(seconds / 60);
  const when = seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError(
    'rate_limited',
    `Too many failed sign-in attempts from this device. Wait ${when}, then try again. If you have forgotten your password, choose “Forgot your password?” to reset it.`,
    { retryAfterSeconds: seconds },
  );
}

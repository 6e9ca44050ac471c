import { PasswordResetAnswer, PasswordResetCompletion, PasswordResetRequest } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { completePasswordReset, requestPasswordReset } from './password-reset-service.ts';

/**
 * Reset requests per client IP per window. The per-address limit is in the use case and answers
 * the same as success, so neither limit tells anyone whether an account exists.
 */
export const PASSWORD_RESET_REQUEST_RATE_LIMIT = { max: 5, timeWindow: 15 * 60_000 } as const;
/** Completion attempts per client IP per window: a token cannot be guessed, but keep guessing dear. */
export const PASSWORD_RESET_COMPLETE_RATE_LIMIT = { max: 20, timeWindow: 15 * 60_000 } as const;

/** "Forgot your password?": an emailed, single-use, expiring link (no sign-in needed). */
export async function passwordResetRoutes(app: KithApp): Promise<void> {
  const { database, config } = app.kith;
  const tags = ['session'];

  app.post(
    '/api/session/password-reset',
    {
      config: { rateLimit: PASSWORD_RESET_REQUEST_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Email a single-use link to reset a forgotten password; the same answer whether or not the account exists',
        body: PasswordResetRequest,
        response: { 202: PasswordResetAnswer },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await requestPasswordReset(database.db, request.ctx, {
          email: request.body.email,
          settings: { linkMinutes: config.passwordResetMinutes, publicUrl: config.email.publicUrl },
        }),
      ),
  );

  app.post(
    '/api/session/password-reset/complete',
    {
      config: { rateLimit: PASSWORD_RESET_COMPLETE_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Set a new password with the token from a reset link; ends every session of the account',
        body: PasswordResetCompletion,
        response: { 200: PasswordResetAnswer },
      },
    },
    async (request) => completePasswordReset(database.db, request.ctx, request.body),
  );
}

import { z } from 'zod';
import { Email } from './common.ts';
import { NewPassword } from './user.ts';

/** `POST /api/session/password-reset` body: the address to send a reset link to. */
export const PasswordResetRequest = z.object({ email: Email });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/**
 * `POST /api/session/password-reset/complete` body: the token from the emailed link and the new
 * password, which follows the same rules as any new password.
 */
export const PasswordResetCompletion = z.object({
  token: z.string().trim().min(1, { message: 'The link is not complete: open it from the email again' }).max(200),
  password: NewPassword,
});
export type PasswordResetCompletion = z.infer<typeof PasswordResetCompletion>;

/** The answer to both password reset calls: what happens next, in words to show. */
export const PasswordResetAnswer = z.object({ message: z.string() });
export type PasswordResetAnswer = z.infer<typeof PasswordResetAnswer>;

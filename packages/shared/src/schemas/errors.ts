import { z } from 'zod';

/**
 * The stable error codes of Kith's one error vocabulary. The server maps each to one HTTP
 * status in `packages/server/src/errors.ts`; the web app shows `message` and, for validation,
 * puts each issue's message next to the field named by `path`.
 */
export const ERROR_CODES = [
  'validation',
  'invalid_credentials',
  'unauthenticated',
  'csrf',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'uri_too_long',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of a request. `path` is dotted, e.g. `memberships.0.role`. */
export const ValidationIssue = z.object({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof ValidationIssue>;

/** The body of every error response. */
export const ErrorBody = z.object({
  error: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(ValidationIssue).optional(),
  allowed: z.array(z.string()).optional(),
  requestId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

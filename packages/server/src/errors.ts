import type { ErrorCode, ValidationIssue } from '@kith/shared';

/**
 * Kith's one error vocabulary. Use cases throw `AppError`s; the HTTP layer maps each code to
 * a status exactly once (here) and the body shape once (http/error-handler.ts).
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: ValidationIssue[]; allowed?: string[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

/** A request body or query failed a rule that a schema cannot express; names the field. */
export function validationError(path: string, message: string): AppError {
  return new AppError('validation', 'Check the highlighted fields', { issues: [{ path, message }] });
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found`);
}

export function forbidden(message = 'You do not have permission to do that'): AppError {
  return new AppError('forbidden', message);
}

export function unauthenticated(message = 'Sign in to continue'): AppError {
  return new AppError('unauthenticated', message);
}

export function conflict(message: string): AppError {
  return new AppError('conflict', message);
}

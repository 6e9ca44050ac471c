import type { ErrorBody, ErrorCode, ValidationIssue } from '@kith/shared';

/** Anything that went wrong with a request to the Kith API, carrying the server's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.message || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  get code(): ErrorCode {
    return this.body.error;
  }

  get issues(): ValidationIssue[] {
    return this.body.issues ?? [];
  }
}

/** Whether a thrown value is an {@link ApiError} with one of the given codes. */
export function isApiError(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

/** Fallback codes for responses without a recognisable Kith error body (e.g. a proxy's 502). */
export function errorCodeForStatus(status: number): ErrorCode {
  if (status === 400) return 'validation';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'unavailable';
  return 'internal';
}

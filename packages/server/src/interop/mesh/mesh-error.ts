/**
 * A MESH call that did not succeed. `retryable` says whether trying again later may work:
 * no answer (refused, reset, timed out), 5xx and 429 may; any other 4xx (a refused mailbox,
 * an unknown recipient, a malformed request) will not until someone changes something.
 * The message names the operation, the status and MESH's own error code and text; it never
 * carries message content.
 */
export class MeshError extends Error {
  readonly status: number | null;
  readonly retryable: boolean;
  /** MESH's error code from the body (e.g. '12' unregistered recipient), when it gave one. */
  readonly code: string | null;

  constructor(message: string, options: { status: number | null; retryable?: boolean; code?: string | null; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MeshError';
    this.status = options.status;
    this.code = options.code ?? null;
    this.retryable = options.retryable ?? meshStatusRetryable(options.status);
  }
}

/** Null status means the request never got an answer. */
export function meshStatusRetryable(status: number | null): boolean {
  return status === null || status === 429 || status >= 500;
}

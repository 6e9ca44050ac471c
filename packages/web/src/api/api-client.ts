import { CSRF_HEADER, ERROR_CODES, type ErrorBody } from '@kith/shared';
import { ApiError, errorCodeForStatus } from './api-error.ts';

/**
 * The CSRF token from the current session (`GET /api/me` or `POST /api/session`). The session
 * feature keeps it up to date; every write except signing in sends it back.
 */
let csrfToken: string | null = null;

/** The current CSRF token, for the few requests that cannot go through `apiRequest` (streams). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Fetches a fresh CSRF token for the current session, or `null` when there is no session. */
type CsrfRefresher = () => Promise<string | null>;

let refreshCsrfToken: CsrfRefresher | null = null;

/**
 * Registers how to get a fresh token when the server refuses one (say, the session was renewed
 * in another tab). A refused write is retried once with the new token.
 */
export function setCsrfRefresher(refresher: CsrfRefresher | null): void {
  refreshCsrfToken = refresher;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Query-string values; `undefined` and empty strings are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key` so a retried create is not applied twice. */
  headers?: Record<string, string>;
  /** Set on the one retry after a refused CSRF token, so a second refusal is final. */
  csrfRetried?: boolean;
}

/** Builds `/api/...?a=b`, dropping blank parameters so URLs stay short and stable. */
export function buildApiUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return typeof error === 'string' && (ERROR_CODES as readonly string[]).includes(error);
}

async function readErrorBody(response: Response): Promise<ErrorBody> {
  const fallback: ErrorBody = {
    error: errorCodeForStatus(response.status),
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
  };
  try {
    const parsed: unknown = await response.json();
    if (!isErrorBody(parsed)) return fallback;
    return { ...parsed, message: parsed.message ?? fallback.message };
  } catch {
    return fallback;
  }
}

/**
 * Calls the Kith API on the same origin with the session cookie. Resolves with the parsed JSON
 * body (or `undefined` for 204) and throws {@link ApiError} for any non-2xx answer.
 */
export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  const hasBody = options.body !== undefined;
  if (hasBody) headers['Content-Type'] = 'application/json';
  const isSignIn = method === 'POST' && path === '/api/session';
  if (method !== 'GET' && !isSignIn && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { error: 'unavailable', message: 'Kith could not be reached. Check your connection and try again.' });
  }

  if (!response.ok) {
    const error = new ApiError(response.status, await readErrorBody(response));
    if (error.code === 'csrf' && !options.csrfRetried && refreshCsrfToken) {
      const fresh = await refreshCsrfToken();
      if (fresh) {
        setCsrfToken(fresh);
        return apiRequest<T>(method, path, { ...options, csrfRetried: true });
      }
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    apiRequest<T>('POST', path, { body, ...(headers ? { headers } : {}) }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};

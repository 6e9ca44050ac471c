import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, buildApiUrl, setCsrfRefresher, setCsrfToken } from './api-client.ts';
import { ApiError } from './api-error.ts';

function respond(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('leaves blank query parameters out of the URL', () => {
    expect(buildApiUrl('/api/users', { q: '', role: undefined, page: 2 })).toBe('/api/users?page=2');
  });

  it('sends the CSRF token and JSON content type on writes, with the session cookie', async () => {
    const fetchMock = vi.fn(async () => respond(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    await api.patch('/api/users/1', { active: false });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'x-csrf-token': 'token-1', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"active":false}');
  });

  it('sends extra headers such as an idempotency key alongside its own', async () => {
    const fetchMock = vi.fn(async () => respond(201, { id: 'r1' }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-2');
    await api.post('/api/referrals', { reasons: [] }, { 'Idempotency-Key': 'key-1' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'Idempotency-Key': 'key-1', 'x-csrf-token': 'token-2' });
  });

  it('does not send the CSRF token when signing in', async () => {
    const fetchMock = vi.fn(async () => respond(200, {}));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('stale');
    await api.post('/api/session', { email: 'a@b.example', password: 'x' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('x-csrf-token');
  });

  it("throws an ApiError carrying the server's error body", async () => {
    vi.stubGlobal('fetch', async () => respond(409, { error: 'conflict', message: 'Email already used' }));
    const failure = api.post('/api/users', {});
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 409, code: 'conflict', message: 'Email already used' });
  });

  it('names a 403 without a body as forbidden', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 403 }));
    await expect(api.get('/api/audit-events')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('returns nothing for 204 No Content', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(api.delete('/api/session')).resolves.toBeUndefined();
  });
});

describe('a refused CSRF token', () => {
  it('is refreshed once and the write retried', async () => {
    const seen: (string | null)[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const token = (init.headers as Record<string, string>)['x-csrf-token'] ?? null;
      seen.push(token);
      return token === 'fresh' ? respond(204) : respond(403, { error: 'csrf', message: 'Missing or wrong token' });
    });
    setCsrfToken('stale');
    setCsrfRefresher(async () => 'fresh');
    await expect(api.delete('/api/session')).resolves.toBeUndefined();
    expect(seen).toEqual(['stale', 'fresh']);
    setCsrfRefresher(null);
  });

  it('fails for good if the fresh token is refused too', async () => {
    const fetchMock = vi.fn(async () => respond(403, { error: 'csrf', message: 'Missing or wrong token' }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfRefresher(async () => 'also-refused');
    await expect(api.post('/api/users', {})).rejects.toMatchObject({ code: 'csrf' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    setCsrfRefresher(null);
  });
});

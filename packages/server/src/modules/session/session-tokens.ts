import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: the cookie value. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Synchronizer token for CSRF: returned by /api/me, echoed in the X-CSRF-Token header. */
export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A single-use token for an emailed link (as strong as a session token) and the hash that is all the database keeps. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = newSessionToken();
  return { token, tokenHash: hashSessionToken(token) };
}

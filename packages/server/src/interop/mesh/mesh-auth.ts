import { createHmac, randomUUID } from 'node:crypto';

/**
 * MESH's `Authorization` header (MESH API, "Authentication"):
 *   `NHSMESH <mailbox>:<nonce>:<nonce count>:<timestamp>:<hmac>`
 * where timestamp is the UTC time as yyyyMMddHHmm and hmac is the lower-case hex HMAC-SHA256,
 * keyed with the environment's shared key, of `<mailbox>:<nonce>:<nonce count>:<password>:<timestamp>`
 * (note: the password sits before the timestamp in the signed text but never appears in the header).
 * A fresh nonce per request, so a captured header cannot be replayed.
 */
export const MESH_AUTH_SCHEME = 'NHSMESH';

export interface MeshCredentials {
  mailboxId: string;
  password: string;
  sharedKey: string;
}

/** yyyyMMddHHmm in UTC. */
export function meshAuthTimestamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}`;
}

export function meshAuthHmac(credentials: MeshCredentials, nonce: string, nonceCount: string, timestamp: string): string {
  const signed = `${credentials.mailboxId}:${nonce}:${nonceCount}:${credentials.password}:${timestamp}`;
  return createHmac('sha256', credentials.sharedKey).update(signed, 'utf8').digest('hex');
}

/** The header value for one request; `at`, `nonce` and `nonceCount` are parameters only so tests can build old or replayed headers. */
export function meshAuthorizationHeader(
  credentials: MeshCredentials,
  options: { at?: Date; nonce?: string; nonceCount?: string } = {},
): string {
  const nonce = options.nonce ?? randomUUID();
  const nonceCount = options.nonceCount ?? '1';
  const timestamp = meshAuthTimestamp(options.at ?? new Date());
  const hmac = meshAuthHmac(credentials, nonce, nonceCount, timestamp);
  return `${MESH_AUTH_SCHEME} ${credentials.mailboxId}:${nonce}:${nonceCount}:${timestamp}:${hmac}`;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The local server's own check of MESH's `Authorization: NHSMESH mailbox:nonce:count:timestamp:hmac`
 * header. Written from MESH's documented definition rather than imported from Kith's client, so a
 * mistake in the client's signing fails the tests instead of agreeing with itself.
 * MESH answers 403 for every kind of refusal; `reason` is for the error body only.
 */

/** How far the header's timestamp may be from the server's clock (our choice for the stand-in). */
export const MESH_AUTH_MAX_SKEW_MS = 2 * 60 * 60 * 1000;

export type AuthResult = { ok: true; mailboxId: string } | { ok: false; reason: string };

export class MeshServerAuth {
  /** nonce:count pairs already used, per mailbox, with when: MESH refuses a replayed header. */
  private readonly used = new Map<string, number>();

  constructor(
    private readonly sharedKey: string,
    private readonly passwords: ReadonlyMap<string, string>,
  ) {}

  check(header: string | undefined, pathMailboxId: string, now = new Date()): AuthResult {
    const text = (header ?? '').trim();
    if (!text) return { ok: false, reason: 'Error reading from Authorization header' };
    const match = /^NHSMESH (.*)$/i.exec(text);
    const parts = (match?.[1] ?? '').split(':');
    if (!match || parts.length !== 5) return { ok: false, reason: 'Error reading from Authorization header' };
    const [mailboxId = '', nonce = '', count = '', timestamp = '', hmac = ''] = parts;
    if (mailboxId.toUpperCase() !== pathMailboxId.toUpperCase()) return { ok: false, reason: 'Mailbox id does not match token' };
    if (!/^\d+$/.test(count) || !nonce || mailboxId.includes(' '))
      return { ok: false, reason: 'Error reading from Authorization header' };
    const password = this.passwords.get(mailboxId.toUpperCase());
    if (password === undefined) return { ok: false, reason: 'No mailbox matched' };
    const at = parseTimestamp(timestamp);
    if (!at || Math.abs(now.getTime() - at.getTime()) > MESH_AUTH_MAX_SKEW_MS)
      return { ok: false, reason: 'Invalid Authentication Token' };
    const expected = createHmac('sha256', this.sharedKey)
      .update(`${mailboxId}:${nonce}:${count}:${password}:${timestamp}`)
      .digest();
    const given = Buffer.from(/^[0-9a-f]{64}$/i.test(hmac) ? hmac : '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: 'Invalid Authentication Token' };
    const key = `${mailboxId.toUpperCase()}:${nonce}:${count}`;
    if (this.used.has(key)) return { ok: false, reason: 'Error Duplicated Authentication Token' };
    this.forgetExpired(now.getTime());
    this.used.set(key, now.getTime());
    return { ok: true, mailboxId: mailboxId.toUpperCase() };
  }

  /** A header older than the skew window is refused anyway, so its nonce need not be remembered (a long demo run stays small). */
  private forgetExpired(now: number): void {
    for (const [key, at] of this.used) {
      if (now - at <= 2 * MESH_AUTH_MAX_SKEW_MS) break;
      this.used.delete(key);
    }
  }
}

/** yyyyMMddHHmm, UTC. */
function parseTimestamp(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return at.getUTCMonth() === mo - 1 && at.getUTCDate() === d && h < 24 && mi < 60 ? at : null;
}

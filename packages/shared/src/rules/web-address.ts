/**
 * Web addresses Kith stores and shows as links: absolute `http:` or `https:` with a host, never
 * `javascript:`, `data:`, `vbscript:`, `file:` or anything else a browser would run or open
 * locally. The request schema (`WebAddress`), the database CHECK constraints
 * (`^https?://`) and the ORUK feed's mappers all apply this one rule.
 */

/** The most characters a stored web address may have. */
export const WEB_ADDRESS_MAX_LENGTH = 2000;

/** What a person is told when a web address is refused. */
export const WEB_ADDRESS_MESSAGE = 'Enter a web address starting with https:// (or http://)';

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  // The database constraint checks the same prefix: a URL parser would also accept
  // "HTTPS:example.org" (no slashes), which other readers of the data may not.
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * True for an identifier (ORUK `uri` fields): an http(s) address or a URN such as
 * `urn:kith:provider:1`, which names a thing and is never opened.
 */
export function isIdentifierUri(value: string): boolean {
  return isHttpUrl(value) || /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(value);
}

/** `value` when it is a safe http(s) address, otherwise undefined: for output that must never carry anything else. */
export function httpUrlOrUndefined(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && isHttpUrl(value) ? value : undefined;
}

/** `value` when it is an http(s) address or a URN, otherwise undefined. */
export function identifierUriOrUndefined(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && isIdentifierUri(value) ? value : undefined;
}

import { z } from 'zod';

/**
 * NUL (U+0000) or a UTF-16 surrogate without its partner. PostgreSQL (and PGlite) cannot store
 * either in a text column — NUL is refused outright and a lone surrogate cannot be encoded as
 * UTF-8 — so a string containing one must be refused at the edge with a 400, not reach the
 * database and come back as a 500.
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The message shown beside a field that holds NUL or a broken character. */
export const ILL_FORMED_TEXT_MESSAGE = 'Remove the invisible or broken characters (such as NUL) from this text';

/**
 * True when `value` can be stored as text: no NUL character and no unpaired UTF-16 surrogate
 * (half of an emoji or other character outside the Basic Multilingual Plane).
 */
export function isWellFormedText(value: string): boolean {
  return !value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value);
}

/** A string that {@link isWellFormedText} accepts; the base of every free-text field. */
export const WellFormedString = z.string().refine(isWellFormedText, { message: ILL_FORMED_TEXT_MESSAGE });

/**
 * The dotted path (`memberships.0.note`) of the first string inside `value` — an object, array
 * or string, as parsed from JSON, a query string or route parameters — that is not well formed;
 * `null` when every string is. Object keys are checked too, since they reach JSON columns.
 */
export function findIllFormedText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path;
  // Binary bodies (a Buffer) are not text fields: nothing to check, and far too many entries.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const itemPath = path === '' ? key : `${path}.${key}`;
    if (!isWellFormedText(key)) return itemPath;
    const found = findIllFormedText(item, itemPath);
    if (found !== null) return found;
  }
  return null;
}

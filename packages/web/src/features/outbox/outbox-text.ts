/** A piece of an email's text: words, or a web address to show as a link. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence rather than an address ("… at https://x.org/a."). */
const TRAILING = /[.,;:!?)\]]+$/;

/**
 * Splits an email's plain text into text and http(s) links, so an admin can open a
 * verification or event link from the outbox. Only http and https are ever linked.
 */
export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const href = match[0].replace(TRAILING, '');
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start) });
    pieces.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

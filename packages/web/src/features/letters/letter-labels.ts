import { LETTER_KIND_LABELS, type LetterSummary } from '@kith/shared';

/** A PDF's size as people read it: "850 bytes", "12 KB", "1.4 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** How a letter is named in lists and links: its kind, and whether it is in large print. */
export function letterName(letter: Pick<LetterSummary, 'kind' | 'largePrint'>): string {
  const kind = LETTER_KIND_LABELS[letter.kind];
  return letter.largePrint ? `${kind} (large print)` : kind;
}

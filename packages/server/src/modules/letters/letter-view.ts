import { type LetterSummary, ukToday } from '@kith/shared';
import type { LetterListRow } from './letter-repository.ts';

/** A letter as the API lists it, with where to download its PDF. */
export function toLetterSummary({ letter, createdByName }: LetterListRow): LetterSummary {
  return {
    id: letter.id,
    personId: letter.personId,
    referralId: letter.referralId,
    appointmentId: letter.appointmentId,
    kind: letter.kind,
    title: letter.title,
    largePrint: letter.largePrint,
    createdByName,
    createdAt: letter.createdAt.toISOString(),
    byteLength: letter.byteLength,
    downloadUrl: letterDownloadPath(letter.id),
  };
}

export function letterDownloadPath(letterId: string): string {
  return `/api/letters/${letterId}.pdf`;
}

/**
 * The file name a download is saved as: the kind and the date, never the person's name or NHS
 * number (downloads folders and email attachments are not private).
 */
export function letterFilename(letter: { id: string; kind: LetterSummary['kind']; createdAt: Date }): string {
  return `kith-${letter.kind.replace('_', '-')}-letter-${ukToday(letter.createdAt)}-${letter.id.slice(0, 8)}.pdf`;
}

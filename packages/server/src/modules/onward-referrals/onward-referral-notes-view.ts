import type { OnwardReferralNote } from '@kith/shared';
import type { NamedOnwardNote } from './onward-referral-notes-repository.ts';

/** Each side's name as the conversation shows it: the PCN for the care team, the provider's own. */
export interface SideNames {
  requester: string;
  provider: string;
}

/** One note as both sides see it: who (side, organisation, author), when, and what. */
export function toNoteView({ note, authorName }: NamedOnwardNote, names: SideNames): OnwardReferralNote {
  // Only the two sides write notes (the schema's side enum also has the system's).
  const side = note.side === 'provider' ? 'provider' : 'requester';
  return {
    id: note.id,
    side,
    organisationName: names[side],
    authorName,
    body: note.body,
    createdAt: note.createdAt.toISOString(),
  };
}

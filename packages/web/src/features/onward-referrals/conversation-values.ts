import { CreateOnwardReferralNoteRequest } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** The note form's one field, for the error summary's order. */
export const CONVERSATION_FIELDS = ['body'] as const;

export interface ConversationFormValues {
  body: string;
}

export const EMPTY_CONVERSATION_FORM: ConversationFormValues = { body: '' };

/** Checks the note with the server's own schema: not blank, at most 2000 characters, storable text. */
export function buildNoteRequest(values: ConversationFormValues): Checked<CreateOnwardReferralNoteRequest> {
  return validateWith(CreateOnwardReferralNoteRequest, { body: values.body });
}

/** Who wrote a note, as the conversation shows it: "Pat Provider, Walking Friends" or the side alone. */
export function noteAuthor(note: { authorName: string | null; organisationName: string }): string {
  const organisation = note.organisationName.trim();
  if (!note.authorName) return organisation || 'Someone';
  return organisation ? `${note.authorName}, ${organisation}` : note.authorName;
}

import { CreatePracticeMailboxRequest, type PracticeMailbox, UpdatePracticeMailboxRequest } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** A practice's mailbox as typed; `active` is a one-item checkbox list. */
export interface PracticeMailboxValues {
  odsCode: string;
  mailboxId: string;
  note: string;
  active: string[];
}

export const EMPTY_PRACTICE_MAILBOX: PracticeMailboxValues = { odsCode: '', mailboxId: '', note: '', active: ['active'] };

/** The fields, top to bottom: adding shows `odsCode`, editing `active`. */
export const NEW_MAILBOX_FIELDS = ['odsCode', 'mailboxId', 'note'] as const;
export const EDIT_MAILBOX_FIELDS = ['mailboxId', 'note', 'active'] as const;

export function practiceMailboxValues(mailbox: PracticeMailbox): PracticeMailboxValues {
  return {
    odsCode: mailbox.odsCode,
    mailboxId: mailbox.mailboxId,
    note: mailbox.note ?? '',
    active: mailbox.active ? ['active'] : [],
  };
}

/** Checks a new mailbox with the shared schema; codes are sent upper case, a blank note as none. */
export function buildCreatePracticeMailbox(values: PracticeMailboxValues): Checked<CreatePracticeMailboxRequest> {
  return validateWith(CreatePracticeMailboxRequest, {
    odsCode: values.odsCode,
    mailboxId: values.mailboxId,
    note: values.note.trim() || null,
  });
}

/** Checks a change: every field is sent. */
export function buildUpdatePracticeMailbox(values: PracticeMailboxValues): Checked<UpdatePracticeMailboxRequest> {
  return validateWith(UpdatePracticeMailboxRequest, {
    mailboxId: values.mailboxId,
    note: values.note.trim() || null,
    active: values.active.includes('active'),
  });
}

/** The mailbox list's address for a search and page; blank search and page 1 are left out. */
export function practiceMailboxListHref(q: string, page = 1): string {
  const search = new URLSearchParams();
  if (q.trim()) search.set('q', q.trim());
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/admin/practice-mailboxes?${query}` : '/admin/practice-mailboxes';
}
